complaint-title = 提出投诉
complaint-summary = 如果我们做错了事，或者您对区政府的某项服务不满意，请告诉我们。
complaint-keywords = 投诉 不满意 问题 服务差 第1阶段 complain unhappy problem bad service stage 1
complaint-standard = 我们会在{ $date }前回复您的投诉。
complaint-start-intro = 您可以用这项服务投诉区政府的某项服务，或者某位工作人员做的事。
complaint-start-timescale = 我们会在3个工作日内告诉您已收到投诉，并在15个工作日内回复。
complaint-start-time = 大约需要5分钟。
complaint-start-need = 您需要：
complaint-start-need-what = 告诉我们发生了什么事，以及您希望我们怎样做
complaint-start-need-contact = 您的姓名和电子邮件地址

complaint-service-title = 您的投诉是关于哪项服务的？
complaint-service-area-label = 您的投诉是关于哪项服务的？
complaint-service-area-summary = 服务
complaint-service-area-housing = 住房
complaint-service-area-waste = 垃圾桶、回收和街道清洁
complaint-service-area-council-tax = 市政税（Council Tax）
complaint-service-area-parking = 停车
complaint-service-area-planning = 规划和建筑管理
complaint-service-area-social-care = 社会照护
complaint-service-area-libraries = 图书馆
complaint-service-area-other = 其他
complaint-service-area-error-required = 请选择您的投诉是关于哪项服务的

complaint-what-happened-title = 发生了什么事？
complaint-details-label = 发生了什么事？
complaint-details-hint = 请告诉我们出了什么问题、是什么时候发生的，以及当时和您打交道的是谁（如果您知道的话）。
complaint-details-summary = 事情经过
complaint-details-error-required = 请输入发生了什么事
complaint-details-error-too-long = 事情经过不能超过{ $max }个字符

complaint-put-right-title = 您希望我们怎样做来纠正问题？
complaint-outcome-label = 您希望我们怎样做来纠正问题？
complaint-outcome-hint = 例如：道歉、解释，或者采取某项行动
complaint-outcome-summary = 您希望我们做什么
complaint-outcome-error-required = 请输入您希望我们怎样做来纠正问题
complaint-outcome-error-too-long = 您希望我们做的事不能超过{ $max }个字符

complaint-earlier-reference-title = 您有我们给您的参考编号吗？（选填）
complaint-earlier-reference-label = 您有我们给您的参考编号吗？（选填）
complaint-earlier-reference-hint = 如果您以前就这件事联系过我们，请填写我们给您的参考编号。
complaint-earlier-reference-summary = 以前的参考编号
complaint-earlier-reference-error-too-long = 参考编号不能超过{ $max }个字符

complaint-contact-title = 您的信息
complaint-full-name-label = 全名
complaint-full-name-summary = 姓名
complaint-full-name-error-required = 请输入您的全名
complaint-full-name-error-too-long = 全名不能超过{ $max }个字符
complaint-email-label = 电子邮件地址
complaint-email-hint = 我们会把回复发送到这个地址
complaint-email-summary = 电子邮件地址
complaint-email-error-required = 请输入您的电子邮件地址
complaint-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com
complaint-phone-label = 电话号码（选填）
complaint-phone-summary = 电话号码
complaint-phone-error-invalid = 请输入英国电话号码，例如 01632 960 001 或 07700 900 982

complaint-next-steps = 我们会在3个工作日内给您发电子邮件，告诉您由谁负责调查您的投诉。
complaint-next-steps-leave-out = 如果您对我们的回复不满意，可以要求把投诉提交到第2阶段。我们会在25个工作日内回复第2阶段的投诉。
