feedback-title = 提出表扬或意见
feedback-summary = 告诉我们哪些地方做得好，或者哪些地方可以做得更好。
feedback-keywords = 表扬 感谢 建议 想法 称赞 意见 compliment thank you suggestion idea praise
feedback-standard = 如果您要求回复，我们会在{ $date }前回复您。
feedback-start-intro = 您可以用这项服务感谢某位工作人员、称赞某项服务，或者建议我们怎样改进。
feedback-start-complaint = 如果您对我们做的事情不满意，请改为提出投诉，这样我们可以改正。
feedback-start-time = 大约需要2分钟。

feedback-kind-title = 您想提出什么？
feedback-kind-label = 您想提出什么？
feedback-kind-summary = 类型
feedback-kind-compliment = 表扬
feedback-kind-suggestion = 建议
feedback-kind-other = 其他意见
feedback-kind-error-required = 请选择您想提出什么

feedback-service-title = 这是关于哪项服务的？
feedback-service-area-label = 这是关于哪项服务的？
feedback-service-area-summary = 服务
feedback-service-area-housing = 住房
feedback-service-area-waste = 垃圾桶、回收和街道清洁
feedback-service-area-council-tax = 市政税（Council Tax）
feedback-service-area-parking = 停车
feedback-service-area-planning = 规划和建筑管理
feedback-service-area-social-care = 社会照护
feedback-service-area-libraries = 图书馆
feedback-service-area-other = 其他
feedback-service-area-error-required = 请选择这是关于哪项服务的

feedback-message-title = 您想告诉我们什么？
feedback-message-label = 您想告诉我们什么？
feedback-message-summary = 您的意见
feedback-message-error-required = 请输入您想告诉我们的内容
feedback-message-error-too-long = 您的意见不能超过{ $max }个字符

feedback-reply-title = 您希望得到回复吗？
feedback-wants-reply-label = 您希望得到回复吗？
feedback-wants-reply-summary = 需要回复
feedback-wants-reply-error-required = 如果您希望得到回复，请选择“是”

feedback-contact-title = 您的电子邮件地址是什么？
feedback-email-label = 您的电子邮件地址是什么？
feedback-email-summary = 电子邮件地址
feedback-email-error-required = 请输入您的电子邮件地址
feedback-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com

feedback-next-steps = 谢谢您。每一条表扬，我们都会转告给相关的团队。
