sar-title = 索取我们持有的有关您的个人数据
sar-summary = 获取区政府持有的有关您的信息副本。
sar-keywords = 个人数据 查阅 数据保护 我的记录 个人信息 subject access request sar gdpr data protection my records personal information
sar-standard = 我们会在{ $date }前把您的信息发给您。这是法律规定的一个月期限。
sar-start-intro = 您有权获得区政府持有的有关您的个人信息副本。这是免费的。
sar-start-time = 大约需要5分钟。
sar-start-need = 您需要：
sar-start-need-details = 您的姓名和出生日期，以便我们找到您的记录
sar-start-need-contact = 一个电子邮件地址

sar-whose-title = 您想要谁的信息？
sar-whose-label = 您想要谁的信息？
sar-whose-summary = 谁的信息
sar-whose-mine = 我自己的
sar-whose-someone-else = 其他人的
sar-whose-error-required = 请选择您想要谁的信息

sar-someone-else-title = 如果要索取其他人的信息，您需要联系我们
sar-someone-else-body = 要获取其他人的信息，您需要得到对方的书面许可，或者有法律授权，例如授权委托书。

    请拨打 020 7946 0000，或前往任何一家图书馆或客户服务中心，我们会告诉您需要提交什么。

sar-about-you-title = 关于您
sar-full-name-label = 全名
sar-full-name-summary = 姓名
sar-full-name-error-required = 请输入您的全名
sar-full-name-error-too-long = 全名不能超过{ $max }个字符
sar-date-of-birth-label = 出生日期
sar-date-of-birth-hint = 例如：27 3 1985（日 月 年）
sar-date-of-birth-summary = 出生日期
sar-date-of-birth-error-required = 请输入您的出生日期
sar-date-of-birth-error-incomplete = 出生日期必须包括{ $missing ->
    [day] 日
    [month] 月
    [year] 年
    [day-month] 日和月
    [day-year] 日和年
   *[month-year] 月和年
  }
sar-date-of-birth-error-invalid = 出生日期必须是真实存在的日期
sar-date-of-birth-error-year-digits = 年份必须是4位数字
sar-date-of-birth-error-future = 出生日期必须是过去的日期

sar-information-title = 您想要什么信息？
sar-information-label = 您想要什么信息？
sar-information-hint = 例如：您的住房档案，或有关某次投诉的电子邮件。如果可以，请写上日期。
sar-information-summary = 想要的信息
sar-information-error-required = 请输入您想要的信息
sar-information-error-too-long = 您想要的信息不能超过{ $max }个字符

sar-contact-title = 您的电子邮件地址是什么？
sar-email-label = 您的电子邮件地址是什么？
sar-email-hint = 我们会把参考编号和最新进展发送到这个地址
sar-email-summary = 电子邮件地址
sar-email-error-required = 请输入您的电子邮件地址
sar-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com

sar-next-steps = 在把信息发给您之前，我们会请您提供身份证明。
