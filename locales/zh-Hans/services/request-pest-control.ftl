pest-title = 申请虫害防治
pest-summary = 如果您家里有大老鼠、小老鼠、蟑螂、臭虫或黄蜂，可以申请帮助。
pest-keywords = 虫害防治 除虫 灭鼠 老鼠 大老鼠 小老鼠 害虫 蟑螂 臭虫 黄蜂 蜂窝 rats mice vermin cockroaches bedbugs wasps nest infestation
pest-standard = 我们会在{ $date }前联系您，安排上门。
pest-start-intro = 您可以用这项服务请虫害防治人员到您家里来。
pest-start-cost = 一次处理的费用是{ MONEY(60) }。如果您获得通用福利金（Universal Credit）、养老金补助（Pension Credit）或市政税减免（Council Tax Reduction），则免费。
pest-start-time = 大约需要3分钟。
pest-start-need = 您需要：
pest-start-need-address = 您的地址
pest-start-need-email = 一个电子邮件地址

pest-pest-title = 是哪种害虫？
pest-pest-label = 是哪种害虫？
pest-pest-summary = 害虫
pest-pest-rats = 大老鼠
pest-pest-mice = 小老鼠
pest-pest-cockroaches = 蟑螂
pest-pest-bedbugs = 臭虫
pest-pest-wasps = 黄蜂
pest-pest-other = 其他
pest-pest-error-required = 请选择是哪种害虫

pest-where-title = 您在哪里看到它们？
pest-where-label = 您在哪里看到它们？
pest-where-summary = 位置
pest-where-inside = 在我家里
pest-where-garden = 在我的花园里
pest-where-shared-area = 在公共区域，例如楼梯间或垃圾房
pest-where-error-required = 请选择您在哪里看到它们

pest-address-title = 您的地址是什么？
pest-address-label = 您的地址是什么？
pest-address-hint = 请输入您的邮编并选择“查找地址”，或者直接输入您的地址。
pest-address-summary = 地址
pest-address-error-required = 请输入您的地址

pest-benefits-title = 您有没有获得通用福利金（Universal Credit）、养老金补助（Pension Credit）或市政税减免（Council Tax Reduction）？
pest-benefits-label = 您有没有获得通用福利金（Universal Credit）、养老金补助（Pension Credit）或市政税减免（Council Tax Reduction）？
pest-benefits-hint = 如果有，处理是免费的。
pest-benefits-summary = 获得福利
pest-benefits-error-required = 如果您获得通用福利金（Universal Credit）、养老金补助（Pension Credit）或市政税减免（Council Tax Reduction），请选择“是”

pest-contact-title = 我们怎样联系您？
pest-email-label = 电子邮件地址
pest-email-hint = 我们会把参考编号和最新进展发送到这个地址
pest-email-summary = 电子邮件地址
pest-email-error-required = 请输入您的电子邮件地址
pest-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com
pest-phone-label = 电话号码（选填）
pest-phone-summary = 电话号码
pest-phone-error-invalid = 请输入英国电话号码，例如 01632 960 001 或 07700 900 982

pest-next-steps = 虫害防治人员会打电话或发电子邮件给您，安排上门。
