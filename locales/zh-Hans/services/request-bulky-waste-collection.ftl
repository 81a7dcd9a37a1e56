bulky-title = 预约大件垃圾收集
bulky-summary = 请我们从您家里收走大件物品，例如家具和冰箱。
bulky-keywords = 家具 沙发 冰箱 床垫 大件物品 大件垃圾 收集 furniture sofa fridge mattress large items collection
bulky-standard = 我们会在{ $date }前告诉您收集日期。
bulky-start-intro = 您可以用这项服务预约收集最多10件大件家居物品。
bulky-start-cost = 收集最多3件物品的费用是{ MONEY(25) }，之后每多一件收{ MONEY(5) }。如果您获得市政税减免（Council Tax Reduction），则免费。我们会告诉您怎样付款。
bulky-start-time = 大约需要3分钟。
bulky-start-need = 您需要：
bulky-start-need-items = 物品清单
bulky-start-need-address = 收集地址
bulky-start-need-email = 一个电子邮件地址

bulky-items-title = 您需要我们收走什么？
bulky-items-label = 您需要我们收走什么？
bulky-items-hint = 请一次添加一件物品，例如沙发或冰箱。您最多可以预约10件物品。我们不收建筑垃圾、汽车零件或花园垃圾。
bulky-items-summary = 物品
bulky-items-add = 添加物品
bulky-items-error-required = 请输入您需要我们收走的物品
bulky-items-error-too-long = 每件物品不能超过{ $max }个字符
bulky-items-error-too-many = 每次收集最多可以预约{ $max }件物品

bulky-address-title = 我们应该去哪里收？
bulky-address-label = 我们应该去哪里收？
bulky-address-hint = 请输入邮编并选择“查找地址”，或者直接输入地址。
bulky-address-summary = 收集地址
bulky-address-error-required = 请输入我们应该去收的地址

bulky-contact-title = 我们怎样联系您？
bulky-email-label = 电子邮件地址
bulky-email-hint = 我们会把收集日期发送到这个地址
bulky-email-summary = 电子邮件地址
bulky-email-error-required = 请输入您的电子邮件地址
bulky-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com
bulky-phone-label = 电话号码（选填）
bulky-phone-hint = 以便我们的工作人员在收集当天联系您
bulky-phone-summary = 电话号码
bulky-phone-error-invalid = 请输入英国电话号码，例如 01632 960 001 或 07700 900 982

bulky-next-steps = 请在收集日早上7点前把物品放到您家门外。收集日前一天傍晚之前，不要把物品放在人行道上。
