foi-title = 提出信息自由（Freedom of Information）申请
foi-summary = 索取区政府持有的信息。
foi-keywords = 信息自由 环境信息 数据 申请 foi freedom of information eir environmental information data request
foi-standard = 我们会在{ $date }前回复。这是法律规定的20个工作日。
foi-start-intro = 任何人都可以索取区政府持有的信息，例如报告、开支和统计数据。这也包括环境信息。
foi-start-published = 请先查看我们的网站：我们的很多信息已经公布。
foi-start-time = 大约需要5分钟。
foi-start-need = 您需要：
foi-start-need-what = 尽量清楚地说明您想要的信息
foi-start-need-contact = 您的姓名和电子邮件地址

foi-information-title = 您想要什么信息？
foi-information-label = 您想要什么信息？
foi-information-hint = 如果可以，请写上日期和地点。您的申请越清楚，我们就能越快回答。
foi-information-summary = 想要的信息
foi-information-error-required = 请输入您想要的信息
foi-information-error-too-long = 您的申请不能超过{ $max }个字符

foi-format-title = 您希望怎样收到这些信息？
foi-format-label = 您希望怎样收到这些信息？
foi-format-summary = 收取方式
foi-format-email = 电子邮件
foi-format-paper = 纸质版，邮寄
foi-format-error-required = 请选择您希望怎样收到这些信息

foi-contact-title = 您的信息
foi-full-name-label = 全名
foi-full-name-hint = 法律规定，我们需要您的真实姓名，才能回答信息自由（Freedom of Information）申请。
foi-full-name-summary = 姓名
foi-full-name-error-required = 请输入您的全名
foi-full-name-error-too-long = 全名不能超过{ $max }个字符
foi-email-label = 电子邮件地址
foi-email-hint = 我们会把回复发送到这个地址
foi-email-summary = 电子邮件地址
foi-email-error-required = 请输入您的电子邮件地址
foi-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com

foi-next-steps = 如果我们需要更多时间，或者需要您提供更多细节，我们会在20个工作日内告诉您。
