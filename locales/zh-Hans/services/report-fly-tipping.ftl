fly-tipping-title = 举报乱倒垃圾
fly-tipping-summary = 告诉我们有人在街道、小路或其他公共场所乱倒的垃圾。
fly-tipping-keywords = 乱倒垃圾 倾倒 垃圾 废物 乱扔 床垫 dumped rubbish waste litter mattress dumping
fly-tipping-standard = 我们会在{ $date }前清理，或者告诉您我们正在采取什么措施。
fly-tipping-start-intro = 您可以用这项服务举报有人倒在公共场地上的垃圾，例如街道、小路、公园或小巷。
fly-tipping-start-danger = 不要碰任何可能有危险的东西，例如针头、化学品或石棉。
fly-tipping-start-time = 大约需要3分钟。
fly-tipping-start-need = 您需要：
fly-tipping-start-need-where = 告诉我们垃圾在哪里
fly-tipping-start-need-what = 告诉我们是什么样的垃圾

fly-tipping-where-title = 垃圾在哪里？
fly-tipping-location-label = 请描述垃圾在哪里
fly-tipping-location-hint = 例如：12 Peckham Road 门外，公交车站旁边
fly-tipping-location-summary = 位置
fly-tipping-location-error-required = 请输入垃圾在哪里
fly-tipping-location-error-too-long = 垃圾的位置不能超过{ $max }个字符
fly-tipping-postcode-label = 邮编（选填）
fly-tipping-postcode-hint = 如果您知道的话，例如 SE1 2QH
fly-tipping-postcode-summary = 邮编
fly-tipping-postcode-error-invalid = 请输入完整的英国邮编，例如 SE1 2QH

fly-tipping-what-title = 倒在那里的是什么？
fly-tipping-waste-label = 倒在那里的是什么？
fly-tipping-waste-hint = 请选择所有适用的选项。
fly-tipping-waste-summary = 垃圾种类
fly-tipping-waste-bags = 袋装垃圾
fly-tipping-waste-furniture = 家具或床垫
fly-tipping-waste-electrical = 冰箱、电视或其他电器
fly-tipping-waste-building = 建筑垃圾
fly-tipping-waste-garden = 花园垃圾
fly-tipping-waste-other = 其他
fly-tipping-waste-error-required = 请选择倒在那里的是什么

fly-tipping-photos-title = 添加乱倒垃圾的照片（选填）
fly-tipping-photos-label = 添加乱倒垃圾的照片（选填）
fly-tipping-photos-hint = 照片可以帮助我们的工作人员找到并清理垃圾。不要为了拍照让自己遇到危险。
fly-tipping-photos-summary = 照片

fly-tipping-dangerous-title = 其中有没有可能有危险的东西？
fly-tipping-dangerous-label = 其中有没有可能有危险的东西？
fly-tipping-dangerous-hint = 例如：针头、化学品、煤气罐或石棉
fly-tipping-dangerous-summary = 可能有危险
fly-tipping-dangerous-error-required = 如果其中有可能有危险的东西，请选择“是”

fly-tipping-seen-title = 您是什么时候看到的？
fly-tipping-seen-label = 您是什么时候看到的？
fly-tipping-seen-hint = 例如：20 11 2026（日 月 年）
fly-tipping-seen-summary = 看到的日期
fly-tipping-seen-error-required = 请输入您看到垃圾的日期
fly-tipping-seen-error-incomplete = 您看到垃圾的日期必须包括{ $missing ->
    [day] 日
    [month] 月
    [year] 年
    [day-month] 日和月
    [day-year] 日和年
   *[month-year] 月和年
  }
fly-tipping-seen-error-invalid = 您看到垃圾的日期必须是真实存在的日期
fly-tipping-seen-error-year-digits = 年份必须是4位数字
fly-tipping-seen-error-future = 您看到垃圾的日期必须是今天或过去的日期

fly-tipping-contact-title = 您的电子邮件地址是什么？
fly-tipping-email-label = 您的电子邮件地址是什么？
fly-tipping-email-hint = 我们会把参考编号和最新进展发送到这个地址
fly-tipping-email-summary = 电子邮件地址
fly-tipping-email-error-required = 请输入您的电子邮件地址
fly-tipping-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com

fly-tipping-next-steps = 街道清洁队会检查并清理垃圾。如果我们找到证据，知道是谁倒的，我们可能会对他们采取行动。
