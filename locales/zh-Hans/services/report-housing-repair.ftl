repair-title = 报告区政府住房需要维修
repair-summary = 告诉我们您的区政府住房里有什么需要修理。
repair-keywords = 住房 维修 漏水 潮湿 发霉 损坏 租户 家 housing repairs leak damp mould broken tenant home
repair-standard = 我们会在{ $date }前联系您，安排维修。
repair-start-intro = 如果您租住的是区政府的住房，请使用这项服务。
repair-start-emergency = 如果是紧急情况，例如闻到煤气味、家里被水淹或电器冒火花，请不要使用这个表格。第一个问题会告诉您该打电话给谁。
repair-start-time = 大约需要5分钟。
repair-start-need = 您需要：
repair-start-need-room = 知道问题在哪个房间
repair-start-need-problem = 简单描述一下问题
repair-start-need-contact = 电话号码或电子邮件地址，或两者都有

repair-danger-title = 现在有没有发生以下任何情况？
repair-danger-label = 现在有没有发生以下任何情况？
repair-danger-hint = 我们先问这个问题，这样在紧急情况下可以马上帮助您。
repair-danger-summary = 紧急情况
repair-danger-none = 没有，以上都没有
repair-danger-gas-smell = 我闻到煤气味
repair-danger-flooding = 我家正在被水淹
repair-danger-electrics = 电器或电线正在冒火花或冒烟
repair-danger-error-required = 请选择现在有没有发生以下任何情况

repair-gas-title = 请马上离开建筑物，并拨打 0800 111 999
repair-gas-body = 请拨打国家燃气紧急服务（National Gas Emergency Service）电话 0800 111 999。这个电话免费，每天24小时开放。

    不要使用电灯开关或任何电器。不要吸烟，不要使用明火。如果可以安全地做到，请打开门窗。

    您安全以后，请拨打 020 7946 0999 联系我们，以便我们提供帮助。

repair-emergency-title = 请马上拨打我们的紧急维修热线
repair-emergency-body = 请马上拨打 020 7946 0999。热线每天24小时开放，全年无休。

    如果可以安全地做到，请在总水阀关掉水，或者在保险丝盒关掉电。

    如果有人遇到危险，请拨打 999。

repair-room-title = 问题在哪里？
repair-room-label = 问题在哪里？
repair-room-summary = 位置
repair-room-kitchen = 厨房
repair-room-bathroom = 浴室或厕所
repair-room-bedroom = 卧室
repair-room-living-room = 客厅
repair-room-outside = 室外，例如花园、门或窗户
repair-room-other = 其他地方
repair-room-error-required = 请选择问题在哪里
repair-room-other-label = 在哪里？
repair-room-other-summary = 其他位置
repair-room-other-error-required = 请输入问题在哪里
repair-room-other-error-too-long = 问题的位置不能超过{ $max }个字符

repair-problem-title = 是什么问题？
repair-problem-label = 是什么问题？
repair-problem-hint = 例如：什么东西坏了，是什么时候开始的，是不是越来越严重
repair-problem-summary = 问题
repair-problem-error-required = 请输入是什么问题
repair-problem-error-too-long = 问题描述不能超过{ $max }个字符

repair-mould-title = 有没有潮湿或发霉？
repair-mould-label = 有没有潮湿或发霉？
repair-mould-hint = 潮湿和发霉会危害您的健康。我们会优先处理。
repair-mould-summary = 潮湿或发霉
repair-mould-error-required = 如果有潮湿或发霉，请选择“是”

repair-access-title = 我们什么时候可以进入您的家？
repair-access-label = 我们什么时候可以进入您的家？
repair-access-summary = 上门时间
repair-access-any-time = 任何时间，上午8点至下午6点
repair-access-mornings = 只限上午，上午8点至下午1点
repair-access-afternoons = 只限下午，下午1点至6点
repair-access-error-required = 请选择我们什么时候可以进入您的家

repair-contact-title = 我们怎样联系您？
repair-contact-error-one-of = 请输入电子邮件地址或电话号码，以便我们就维修的事联系您
repair-email-label = 电子邮件地址
repair-email-hint = 请提供电子邮件地址或电话号码，或两者都提供。我们会用电子邮件发送参考编号和最新进展。
repair-email-summary = 电子邮件地址
repair-email-error-required = 请输入您的电子邮件地址
repair-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com
repair-phone-label = 电话号码
repair-phone-hint = 我们会打电话给您，安排时间
repair-phone-summary = 电话号码
repair-phone-error-required = 请输入电话号码，以便我们安排维修
repair-phone-error-invalid = 请输入英国电话号码，例如 01632 960 001 或 07700 900 982

repair-next-steps = 维修人员会打电话给您，安排上门的时间。
