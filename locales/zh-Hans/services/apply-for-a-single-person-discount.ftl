spd-title = 申请市政税（Council Tax）单人折扣
spd-summary = 如果您家里只有您一个成年人，您的市政税（Council Tax）可以减免25%。
spd-keywords = 市政税 折扣 单人 独居 一个人住 25% 减免 council tax discount single person live alone 25 percent reduction
spd-standard = 我们会在{ $date }前告诉您我们的决定。
spd-start-intro = 如果您是家里唯一的成年人（18岁或以上），您的市政税（Council Tax）账单可以减免25%。
spd-start-time = 大约需要3分钟。
spd-start-need = 您需要：
spd-start-need-account = 您的市政税（Council Tax）账号，可以在账单上找到
spd-start-need-date = 您开始独自居住的日期
spd-start-need-contact = 一个电子邮件地址

spd-account-title = 您的市政税（Council Tax）账号是多少？
spd-account-number-label = 您的市政税（Council Tax）账号是多少？
spd-account-number-hint = 账号由8位数字组成，在账单的顶部。
spd-account-number-summary = 账号
spd-account-number-error-required = 请输入您的市政税（Council Tax）账号
spd-account-number-error-too-long = 账号不能超过{ $max }个字符
spd-account-number-error-pattern = 请输入8位数字的账号，例如 12345678

spd-address-title = 这处住房的地址是什么？
spd-postcode-label = 邮编
spd-postcode-hint = 例如：SE1 2QH
spd-postcode-summary = 邮编
spd-postcode-error-required = 请输入邮编
spd-postcode-error-invalid = 请输入完整的英国邮编，例如 SE1 2QH
spd-address-line-1-label = 门牌号或房屋名称，以及街道
spd-address-line-1-summary = 地址
spd-address-line-1-error-required = 请输入门牌号或房屋名称，以及街道
spd-address-line-1-error-too-long = 门牌号或房屋名称以及街道不能超过{ $max }个字符

spd-adults-title = 包括您在内，这处住房住着几个成年人？
spd-adults-label = 包括您在内，这处住房住着几个成年人？
spd-adults-hint = 请算上大部分时间住在那里的所有18岁或以上的人。
spd-adults-summary = 住在那里的成年人
spd-adults-error-required = 请输入这处住房住着几个成年人
spd-adults-error-invalid = 请用整数输入成年人的人数，例如：1
spd-adults-error-too-small = 成年人的人数必须是{ $min }或以上
spd-adults-error-too-large = 成年人的人数必须是{ $max }或以下

spd-not-eligible-title = 您不能获得单人折扣
spd-not-eligible-body = 这项折扣只适用于只住着一个成年人的住房。

    如果您家里有人是全日制学生、照护者，或有严重精神障碍，您仍然可能获得折扣。请拨打 020 7946 0000 了解详情。

spd-since-title = 您从什么时候开始独自居住？
spd-since-label = 您从什么时候开始独自居住？
spd-since-hint = 例如：1 9 2026（日 月 年）
spd-since-summary = 开始独居的日期
spd-since-error-required = 请输入您开始独自居住的日期
spd-since-error-incomplete = 您开始独自居住的日期必须包括{ $missing ->
    [day] 日
    [month] 月
    [year] 年
    [day-month] 日和月
    [day-year] 日和年
   *[month-year] 月和年
  }
spd-since-error-invalid = 您开始独自居住的日期必须是真实存在的日期
spd-since-error-year-digits = 年份必须是4位数字
spd-since-error-future = 您开始独自居住的日期必须是今天或过去的日期
spd-since-error-too-early = 您开始独自居住的日期必须是{ $date }或之后

spd-moved-out-title = 过去3个月内，有没有另一个成年人和您同住，后来搬走了？
spd-moved-out-label = 过去3个月内，有没有另一个成年人和您同住，后来搬走了？
spd-moved-out-hint = 例如：伴侣、成年子女或租客。
spd-moved-out-summary = 最近有另一个成年人搬走
spd-moved-out-error-required = 如果过去3个月内有另一个成年人搬走，请选择“是”

spd-proof-title = 上传您住在这个地址的证明
spd-proof-label = 上传您住在这个地址的证明
spd-proof-hint = 过去3个月内的账单、银行对账单或信件，上面要有您的姓名和这个地址。拍照也可以。
spd-proof-summary = 地址证明
spd-proof-error-required = 请上传您住在这个地址的证明

spd-moved-out-proof-title = 上传对方已经搬走的证明
spd-moved-out-proof-label = 上传对方已经搬走的证明
spd-moved-out-proof-hint = 例如：对方的新租约，或寄到对方新地址的信件。
spd-moved-out-proof-summary = 对方搬走的证明
spd-moved-out-proof-error-required = 请上传另一个成年人已经搬走的证明

spd-contact-title = 您的信息
spd-full-name-label = 全名
spd-full-name-summary = 姓名
spd-full-name-error-required = 请输入您的全名
spd-full-name-error-too-long = 全名不能超过{ $max }个字符
spd-email-label = 电子邮件地址
spd-email-hint = 我们会把决定发送到这个地址
spd-email-summary = 电子邮件地址
spd-email-error-required = 请输入您的电子邮件地址
spd-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com

spd-next-steps = 如果我们给您折扣，我们会寄给您一份新的账单。如果有另一个成年人搬进来，请告诉我们。
