missed-bin-title = 报告垃圾桶漏收
missed-bin-summary = 如果我们在收集日没有清空您的垃圾桶，请告诉我们。
missed-bin-standard = 我们会在{ $date }前回来收您的垃圾桶。
missed-bin-start-intro = 如果我们没有在平常的收集日收走您的生活垃圾、可回收物、厨余垃圾或花园垃圾，请用这项服务告诉我们。
missed-bin-start-need = 您需要：
missed-bin-start-need-address = 收集地址
missed-bin-start-need-date = 垃圾桶漏收的日期
missed-bin-start-need-email = 一个电子邮件地址，以便我们告诉您最新进展
missed-bin-start-time = 大约需要3分钟。
missed-bin-start-limit = 您只能报告过去14天内的漏收。

missed-bin-address-title = 收集地址是什么？
missed-bin-postcode-label = 邮编
missed-bin-postcode-hint = 例如：SE1 2QH
missed-bin-postcode-summary = 邮编
missed-bin-postcode-error-required = 请输入收集地址的邮编
missed-bin-postcode-error-invalid = 请输入完整的英国邮编，例如 SE1 2QH
missed-bin-address-line-1-label = 门牌号或房屋名称，以及街道
missed-bin-address-line-1-hint = 例如：12 Peckham Road
missed-bin-address-line-1-summary = 地址
missed-bin-address-line-1-error-required = 请输入门牌号或房屋名称，以及街道
missed-bin-address-line-1-error-too-long = 门牌号或房屋名称以及街道不能超过{ $max }个字符

missed-bin-which-bin-title = 我们漏收了哪个垃圾桶？
missed-bin-bin-label = 我们漏收了哪个垃圾桶？
missed-bin-bin-summary = 垃圾桶
missed-bin-bin-rubbish = 生活垃圾
missed-bin-bin-recycling = 可回收物
missed-bin-bin-food-waste = 厨余垃圾
missed-bin-bin-garden-waste = 花园垃圾
missed-bin-bin-error-required = 请选择我们漏收了哪个垃圾桶

missed-bin-date-title = 我们是哪天漏收了您的垃圾桶？
missed-bin-date-label = 我们是哪天漏收了您的垃圾桶？
missed-bin-date-hint = 例如：20 11 2026（日 月 年）
missed-bin-date-summary = 漏收日期
missed-bin-date-error-required = 请输入我们漏收您垃圾桶的日期
missed-bin-date-error-incomplete = 我们漏收您垃圾桶的日期必须包括{ $missing ->
    [day] 日
    [month] 月
    [year] 年
    [day-month] 日和月
    [day-year] 日和年
   *[month-year] 月和年
  }
missed-bin-date-error-invalid = 我们漏收您垃圾桶的日期必须是真实存在的日期
missed-bin-date-error-year-digits = 年份必须是4位数字
missed-bin-date-error-future = 我们漏收您垃圾桶的日期必须是今天或过去的日期
missed-bin-date-error-too-old = 我们漏收您垃圾桶的日期必须在过去{ $days }天内

missed-bin-more-information-title = 还有什么我们应该知道的吗？
missed-bin-more-information-label = 还有什么我们应该知道的吗？（选填）
missed-bin-more-information-hint = 例如：您把垃圾桶放在哪里，或者怎样才能拿到它
missed-bin-more-information-summary = 其他信息
missed-bin-more-information-error-too-long = 其他信息不能超过{ $max }个字符

missed-bin-contact-title = 我们怎样联系您？
missed-bin-email-label = 电子邮件地址
missed-bin-email-hint = 我们会把参考编号和最新进展发送到这个地址
missed-bin-email-summary = 电子邮件地址
missed-bin-email-error-required = 请输入您的电子邮件地址
missed-bin-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com
missed-bin-phone-label = 电话号码（选填）
missed-bin-phone-hint = 英国电话号码，例如 07700 900 982
missed-bin-phone-summary = 电话号码
missed-bin-phone-error-invalid = 请输入英国电话号码，例如 01632 960 001 或 07700 900 982

missed-bin-next-steps = 我们会回来收您的垃圾桶。您不需要再做其他事情。
missed-bin-next-steps-leave-out = 请把垃圾桶一直放在外面，直到我们收走。
