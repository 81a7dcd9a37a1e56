language-name = 中文（简体）
council-name = Frontdoor 区政府
council-phone = 020 7946 0000
council-email = contact@frontdoor.example.gov.uk
skip-link = 跳到主要内容
header-home = 区政府服务
language-switch = 语言
language-switch-summary = 语言：{ $language }
language-unreviewed = 本译文还没有经过合格译员的检查，有些用词可能不准确。
language-unreviewed-link = 阅读本页的英文版
footer-accessibility = 无障碍
footer-privacy = 隐私
footer-cookies = 我们用一个 cookie 记住您的回答，用另一个 cookie 记住您选择的语言。我们不使用跟踪 cookie。

contact-heading = 其他联系方式
contact-phone = 电话：{ $phone }
contact-email = 电子邮件：{ $email }
contact-hours = 星期一至星期五，上午9点至下午5点
contact-in-person = 当面办理：可以去任何一家图书馆或客户服务中心。工作人员和数字技能志愿者可以帮助您。

button-save-detail = 保存
button-continue = 继续
button-start = 现在开始
button-send = 同意并发送
button-find = 查找我的申请
back-link = 返回

error-summary-title = 出现了问题
error-title = 错误：{ $title }
error-prefix = 错误：
optional = 选填

date-day = 日
date-month = 月
date-year = 年

character-count-limit = 您最多可以输入{ $max }个字符
character-count-remaining = { $remaining ->
   *[other] 您还可以输入{ $remaining }个字符
  }
character-count-over = { $over ->
   *[other] 您超出了{ $over }个字符
  }

home-title = 您需要做什么？
home-intro = 报告问题、要求提供服务，或了解您告诉过我们的事情现在进展如何。
home-track = 跟踪您已经发送的申请

start-before = 开始之前

check-answers-title = 发送前请检查您的回答
check-answers-change = 更改
check-answers-not-given = 未填写
check-answers-send-heading = 现在发送您的申请
check-answers-declaration = 发送即表示您确认：据您所知，您提供的信息是正确的。

confirmation-title = 申请已发送
confirmation-reference = 您的参考编号
confirmation-keep = 请记下您的参考编号。跟踪申请或就此联系我们时，您需要用到它。
confirmation-next = 接下来会怎样
confirmation-track = 跟踪您的申请
confirmation-another = 报告或申请其他事项

track-title = 跟踪申请
track-intro = 请输入参考编号，以及您发送申请时提供给我们的电子邮件地址。
track-reference-label = 参考编号
track-reference-hint = 您可以在确认页面上找到它。它由9个字母和数字组成，例如 KX4-P7M-HRT。
track-reference-error-required = 请输入您的参考编号
track-reference-error-invalid = 请按照给您的参考编号原样输入，例如 KX4-P7M-HRT
track-email-label = 电子邮件地址
track-email-error-required = 请输入您提供给我们的电子邮件地址
track-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com
track-not-found = 我们找不到与这个参考编号和电子邮件地址相符的申请。请检查这两项后再试一次，或打电话给我们。
track-result-title = 您的申请
track-status = 状态
track-status-received = 已收到
track-status-acknowledged = 已确认收到
track-status-in-progress = 处理中
track-status-waiting-for-resident = 等待您回复
track-status-resolved = 已解决
track-status-closed = 已关闭
track-service = 申请
track-reference = 参考编号
track-sent-on = 发送日期
track-act-by = 我们会在此日期前处理
track-acknowledge-by = 我们会在此日期前确认收到
track-another = 跟踪另一个申请
track-history = 进展情况
track-overdue = 我们没有在承诺的日期前完成。很抱歉耽误了您的时间。
warning = 警告
reply-heading = 回答我们的问题
reply-intro = 请告诉我们所要求的内容。您也可以添加照片或文件。
reply-label = 您的回答
reply-files-label = 添加照片或文件（选填）
reply-reply-error-required = 请输入您的回答，或添加一个文件
reply-reply-error-too-long = 您的回答不能超过{ $max }个字符
button-send-reply = 发送您的回答
track-history-reply = 您已回复
track-history-files = 已发送的文件：{ $files }
rating-heading = 您对我们处理您申请的方式有多满意？
rating-very-satisfied = 非常满意
rating-satisfied = 满意
rating-neither = 一般
rating-dissatisfied = 不满意
rating-very-dissatisfied = 非常不满意
rating-comment-label = 告诉我们更多（选填）
rating-comment-hint = 请不要填写个人信息。
rating-satisfaction-error-required = 请选择您的满意程度
rating-comment-error-too-long = 您的意见不能超过{ $max }个字符
button-send-rating = 发送
rating-thanks = 谢谢您告诉我们对服务的评价。

session-expired = 您太久没有操作，页面已经超时。我们保留了您在本页输入的内容。请检查后继续。
not-found-title = 找不到该页面
not-found-body = 如果网址是您自己输入的，请检查是否正确。
server-error-title = 抱歉，服务出现了问题
server-error-body = 请稍后再试。您的回答已经保存。
server-error-try-later = 请稍后再试。
forbidden-title = 抱歉，我们无法接受这个表格
forbidden-body = 如果您有一段时间没有使用本服务，就可能出现这种情况。请回到表格开头再试一次。
too-large-title = 您发送的内容太大
too-large-body = 请返回，少发送一些内容。如果您要添加文件，请一次添加一个。
too-many-requests-title = 抱歉，尝试次数太多
too-many-requests-body = 请等几分钟后再试。
error-page-contact = 如果您需要帮助，请联系我们。

date-long = { $year }年{ $month }{ $day }日
# 带星期的日期，用于将来的日期：“2025年12月9日（星期二）”。
date-with-weekday = { $year }年{ $month }{ $day }日（{ $weekday }）
date-at-time = { $date } { $time }
# $hour 是 1 到 12，$half 是 “am” 或 “pm”；在使用24小时制的语言中，$hour 是 00 到 23，
# 译文不使用 $half。中文使用24小时制。
time-of-day = { $hour }:{ $minute }
weekday-1 = 星期一
weekday-2 = 星期二
weekday-3 = 星期三
weekday-4 = 星期四
weekday-5 = 星期五
weekday-6 = 星期六
weekday-7 = 星期日
month-1 = 1月
month-2 = 2月
month-3 = 3月
month-4 = 4月
month-5 = 5月
month-6 = 6月
month-7 = 7月
month-8 = 8月
month-9 = 9月
month-10 = 10月
month-11 = 11月
month-12 = 12月

answer-yes = 是
answer-no = 否
select-choose = 请选择一项
checkboxes-or = 或

home-search-label = 搜索服务
home-search-button = 搜索
home-search-results = { $count ->
   *[other] 有{ $count }项服务与“{ $query }”相符
  }
home-search-none = 没有与“{ $query }”相符的服务。请试试其他词语，或打电话给我们。
home-search-all = 查看所有服务
category-report = 报告问题
category-request = 要求提供服务
category-apply = 提出申请
category-complain = 投诉、表扬和意见
category-ask-for-information = 索取信息

save-link = 保存，稍后再回来
save-title = 保存，稍后再回来
save-intro = 您的回答会随时保存。如果以后想在这台设备或其他设备上回到这个表格，您需要一个访问码。
save-check = 您回来时，我们会请您提供访问码和您填过的一个回答，以确认是您本人。
save-button = 获取访问码
saved-title = 您的回答已保存
saved-code = 您的访问码
saved-keep = 请记下您的访问码并妥善保管。任何人只要有访问码和您的回答，就可能看到您的表格。
saved-return-how = 要回来时，请前往 { $address } 并输入您的访问码。
saved-expires = 我们会保留您的回答到{ $date }。之后这些回答会被删除。
saved-emailed = 我们已把返回表格的链接发送到 { $email }。
saved-link = 您也可以使用这个链接：
saved-continue = 继续填写表格
return-title = 回到已保存的表格
return-intro = 请输入您保存表格时得到的访问码。
return-code-label = 访问码
return-code-hint = 它由9个字母和数字组成，例如 KX4-P7M-HRT。
return-code-error-required = 请输入您的访问码
return-code-error-invalid = 请按照给您的访问码原样输入，例如 KX4-P7M-HRT
return-code-error-not-found = 我们找不到用这个访问码保存的表格。已保存的表格会保留28天。
return-check-title = 确认是您本人
return-check-uk-postcode = 您在表格中填写的邮编是什么？
return-check-email = 您在表格中填写的电子邮件地址是什么？
return-check-date = 您在表格中为“{ $question }”填写的日期是什么？
return-check-none = 请选择“继续”，接着填写您的表格。
return-check-error-required = 请输入您在表格中填写的回答
return-check-error-wrong = 这与表格中的回答不符。请检查后再试一次。
return-link-expired = 这个链接无法使用。它可能已经过期：已保存的表格会保留28天。如果您记下了访问码，请在这里输入。
return-start-again = 回答不符的次数太多。请重新输入您的访问码。

# 地址问题：按邮编查找，或自己输入
address-postcode = 邮编
address-find = 查找地址
address-choose = 选择地址
address-found = { $count ->
   *[other] 找到{ $count }个地址，邮编为 { $postcode }
}
address-none-found = 我们找不到邮编 { $postcode } 的地址。请在下面输入地址。
address-lookup-unavailable = 我们现在无法查找地址。请在下面输入地址。
address-manual = 或者自己输入地址。
address-line-1 = 地址第1行
address-line-2 = 地址第2行（选填）
address-town = 城镇或城市
address-error-line-1-required = 请输入地址第1行，通常是楼号和街道
address-error-line-1-too-long = 地址第1行不能超过{ $max }个字符
address-error-line-2-too-long = 地址第2行不能超过{ $max }个字符
address-error-town-required = 请输入城镇或城市
address-error-town-too-long = 城镇或城市不能超过{ $max }个字符
address-error-lookup-required = 请输入邮编
address-error-postcode-required = 请输入邮编
address-error-postcode-invalid = 请输入完整的英国邮编，例如 SE15 5DQ

# “再添加一项”列表
list-added = { $count ->
   *[other] 您已添加{ $count }项
}
list-remove = 删除

# 证明文件
list-or = 或
file-limits = 您最多可以添加{ $count }个文件。每个文件必须是 { $types } 格式，并且小于 { $max }。
file-upload-button = 上传文件
file-added = { $count ->
   *[other] 已添加{ $count }个文件
}
file-remove = 删除
file-cancel = 取消
file-uploading = { $name }：已上传{ $percent }%
file-uploaded = { $name } 已上传
file-cancelled = { $name } 未上传
file-error-empty = { $name } 是空文件。请选择有内容的文件
file-error-too-big = { $name } 必须小于 { $max }
file-error-total-too-big = { $name } 未添加：所有文件加起来必须小于 { $total }
file-error-too-many = { $name } 未添加：您最多可以添加{ $count }个文件
file-error-wrong-type = { $name } 必须是 { $types } 格式
file-error-password = { $name } 有密码保护。请去掉密码后再添加
file-error-damaged = { $name } 已损坏，无法打开。请选择其他文件
file-error-virus = { $name } 含有病毒。请选择其他文件
file-error-not-checked = 无法检查 { $name } 是否有病毒。请稍后再试
file-error-incomplete = { $name } 没有上传完。请再试一次
file-error-none-chosen = 请选择一个文件
file-wait = 请等 { $name } 上传完成

## 个案工作人员推进申请

change-status-error-required = 请选择新的状态
change-status-error-not-allowed = { $from ->
    [resolved] 这个申请已解决，所以状态不能更改
    [closed] 这个申请已关闭，所以状态不能更改
   *[other] { $to ->
        [received] 申请不能退回到“已收到”
        [acknowledged] 正在处理的申请不能退回到“已确认收到”
       *[other] 这个申请已经是这个状态
    }
}
change-note-error-needed = 请说明您需要居民提供什么
change-note-error-outcome = 请说明处理结果
change-note-error-too-long = 备注不能超过{ $max }个字符
change-staff-note-error-too-long = 给工作人员的备注不能超过{ $max }个字符
change-staff-note-error-required = 请输入给工作人员的备注

## 居民的账户

account-title = 您的账户
account-sign-in-title = 登录您的账户
account-sign-in-intro = 请输入您的电子邮件地址。我们会用电子邮件发给您一个验证码和一个链接。用其中任何一个都可以登录：不需要记密码。
account-code-intro = 我们已用电子邮件发给您一个验证码和一个链接。请在这里输入验证码，或使用邮件中的链接。两者都只能用一次，有效时间为{ $minutes }分钟。
account-link-expired = 这个登录链接已经用过或已过期。请输入您的电子邮件地址，获取新的链接。
account-signed-in-as = 您已用 { $email } 登录。
account-requests = 您的申请
account-no-requests = 您还没有用这个电子邮件地址发送过申请。
account-track = 查看申请的进展
account-drafts = 您已开始填写的表格
account-no-drafts = 您没有正在填写的表格。
account-draft-saved = 上次保存于{ $when }
account-messages = 我们发给您的信息
account-no-messages = 我们还没有给您发过任何信息。
account-message-request-received = 我们已收到您的申请
account-message-request-moved = 您的申请有新进展
account-message-request-over = 您的申请结果
account-message-save-and-return = 您保存的表格
account-data-title = 您的数据
account-data-link = 查看或下载我们保存的有关您的所有信息
account-data-intro = 这是我们在您账户中保存的有关您的所有信息：您的个人信息、您用电子邮件地址发送的申请和您的回答、您已开始填写的表格，以及我们发给您的信息。
account-data-download = 下载您的全部数据（JSON 文件）
account-data-since = 账户创建时间
account-data-answers = 您的回答
account-data-files = 已添加的文件
account-data-draft = 已开始：{ $service }
account-delete-title = 删除您的账户
account-delete-goes = 这会删除您的账户、您已开始填写的表格和其中添加的所有文件，以及您的登录记录。您会在所有设备上退出登录。
account-delete-kept = 您已经发送的申请会被保留，包括其中的回答和文件，因为区政府必须按照法律规定的时间保存它们。您仍然可以用参考编号和电子邮件地址跟踪这些申请。
account-delete-confirm = 确认
account-delete-confirm-yes = 我明白。请删除我的账户。
account-delete-confirm-error-required = 请确认您要删除账户
account-delete-button = 删除我的账户
account-deleted = 您的账户已删除。您发送的申请会被保留，您仍然可以跟踪它们。
profile-used = 我们已为您填上您保存的信息。请检查一下；如果这次有不同，请在这里更改。
profile-save-legend = 您的账户
profile-save-hint = 只有您勾选的内容才会保存到您的账户中。
profile-save-new = 把我对“{ $question }”的回答保存到我的账户，下次使用
profile-save-change = 同时更改我账户中的“{ $question }”
profile-heading = 您保存的信息
profile-intro = 表格需要这些信息时，我们会为您填上。在每个表格上，您都可以选择是否把更改保存到这里。
profile-remove = 删除
profile-uses = 我们怎样使用了您的信息
profile-use = { $when }，在“{ $service }”中填入了{ $detail }
profile-field-language = 语言
profile-field-contact-method = 联系方式
profile-field-access-needs = 您需要的帮助
profile-not-saved = 未保存
profile-change = 更改
profile-add = 添加
profile-field-interpreter-language = 需要口译的语言
profile-field-name = 姓名
profile-field-date-of-birth = 出生日期
profile-field-email = 电子邮件地址
profile-field-phone = 电话号码
profile-field-address = 地址
profile-pass-on-heading = 您更改了信息。要一次性告诉我们吗？
profile-pass-on-legend = 您哪些还没结束的申请应该使用您的新信息？
profile-pass-on-button = 发送新信息
profile-keep-button = 暂时不用
profile-passed-on = 新信息（{ $detail }）：{ $value }
account-provider-heading = 或者使用您的区政府账户
account-provider-button = 用 { $name } 登录
account-provider-failed = 用您的区政府账户登录没有成功。请再试一次，或使用我们用电子邮件发给您的验证码。
account-sign-out = 退出登录
account-sign-out-everywhere = 在所有设备上退出登录

## “您的信息”表格（居民保存的信息）

details-title = 您保存的信息
details-summary = 我们在表格中为您填上的信息。
details-standard = 马上保存。
details-name-title = 您的姓名
details-full-name-label = 您的全名是什么？
details-full-name-summary = 姓名
details-full-name-error-required = 请输入您的全名
details-full-name-error-too-long = 您的姓名不能超过{ $max }个字符
details-date-of-birth-title = 您的出生日期
details-date-of-birth-label = 您的出生日期是哪天？
details-date-of-birth-summary = 出生日期
details-date-of-birth-hint = 例如：27 3 1985（日 月 年）
details-date-of-birth-error-required = 请输入您的出生日期
details-date-of-birth-error-incomplete = 您的出生日期必须包括日、月和年
details-date-of-birth-error-invalid = 您的出生日期必须是真实存在的日期
details-date-of-birth-error-year-digits = 年份必须是4位数字
details-date-of-birth-error-future = 您的出生日期必须是过去的日期
details-email-title = 您的电子邮件地址
details-email-label = 表格应该使用哪个电子邮件地址？
details-email-summary = 电子邮件地址
details-email-error-required = 请输入电子邮件地址
details-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@example.com
details-phone-title = 您的电话号码
details-phone-label = 您的电话号码是多少？
details-phone-summary = 电话号码
details-phone-error-required = 请输入电话号码
details-phone-error-invalid = 请输入英国电话号码，例如 01632 960 001 或 07700 900 982
details-address-title = 您的地址
details-address-label = 您的地址是什么？
details-address-summary = 地址
details-address-hint = 请输入您的邮编并选择“查找地址”，或者直接输入您的地址。
details-address-error-required = 请输入您的地址
details-language-title = 您的语言
details-language-label = 我们应该使用哪种语言？
details-language-summary = 语言
details-language-error-required = 请选择一种语言
details-language-en-gb = English（英语）
details-language-cy = Cymraeg（威尔士语）
details-language-pl = Polski（波兰语）
details-language-ro = Română（罗马尼亚语）
details-language-pt = Português（葡萄牙语）
details-language-es = Español（西班牙语）
details-language-tr = Türkçe（土耳其语）
details-language-so = Soomaali（索马里语）
details-language-bn = বাংলা（孟加拉语）
details-language-ur = اردو（乌尔都语）
details-language-ar = العربية（阿拉伯语）
details-language-zh-hans = 中文（简体）
details-language-uk = Українська（乌克兰语）
details-contact-method-title = 联系方式
details-contact-method-label = 您希望我们怎样联系您？
details-contact-method-summary = 联系方式
details-contact-method-error-required = 请选择您希望我们怎样联系您
details-contact-method-email = 电子邮件
details-contact-method-phone = 电话
details-contact-method-post = 邮寄
details-access-needs-title = 您需要我们提供的帮助
details-access-needs-label = 您需要我们提供以下任何一项吗？
details-access-needs-summary = 您需要的帮助
details-access-needs-hint = 请选择所有适用的选项。
details-access-needs-error-required = 请至少选择一项，或返回
details-interpreter-language-label = 如果您需要口译员，需要哪种语言？（选填）
details-interpreter-language-summary = 需要口译的语言
details-interpreter-language-hint = 例如：波兰语、索马里语或孟加拉语
details-interpreter-language-error-too-long = 语言不能超过{ $max }个字符
details-access-needs-large-print = 大字体信件
details-access-needs-easy-read = 易读版本
details-access-needs-british-sign-language = 英国手语（British Sign Language）翻译员
details-access-needs-interpreter = 其他语言的口译员
details-access-needs-someone-speaks-for-me = 有人替我说话

## 个案工作人员页面

staff-area = 个案工作人员
staff-sign-in-title = 登录查看申请
staff-sign-in-intro = 请输入您的区政府电子邮件地址。我们会用电子邮件发给您一个登录验证码。
staff-email-label = 电子邮件地址
staff-email-error-required = 请输入您的电子邮件地址
staff-email-error-invalid = 请按正确格式输入电子邮件地址，例如 name@council.gov.uk
button-send-code = 发送验证码
staff-code-title = 请查看您的电子邮件
staff-code-intro = 如果这个地址有账户，我们已经给它发了验证码。验证码只能用一次，有效时间为{ $minutes }分钟。
staff-code-label = 验证码
staff-code-hint = 它由6位数字组成，例如 042917
staff-code-error-required = 请输入邮件中的验证码
staff-code-error-invalid = 验证码是{ $digits }位数字
staff-code-error-wrong = 验证码错误或已过期。请检查电子邮件，或获取新的验证码
staff-code-again = 获取新的验证码
button-sign-in = 登录
staff-signed-in-as = 已登录：{ $name }
staff-sign-out = 退出登录
staff-requests-title = 申请
staff-filter-service = 服务
staff-filter-status = 状态
staff-filter-any = 全部
staff-filter-overdue = 只显示逾期的申请
button-filter = 显示申请
staff-requests-count = { $count ->
   *[other] { $count }个申请，承诺期限最早的排在前面
}
staff-requests-none = 没有相符的申请。请试试其他筛选条件。
staff-column-reference = 参考编号
staff-column-service = 申请
staff-column-status = 状态
staff-column-sent = 发送日期
staff-column-act-by = 处理期限
staff-overdue = 已逾期
staff-replied = 居民已回复
staff-ratings-heading = 居民的满意程度
staff-ratings-none = 还没有居民给这项服务评分。
staff-ratings-answer = 回答
staff-ratings-count = 居民人数
staff-status-received = 已收到
staff-status-acknowledged = 已确认收到
staff-status-in-progress = 处理中
staff-status-waiting-for-resident = 等待居民回复
staff-status-resolved = 已解决
staff-status-closed = 已关闭
staff-request-title = 申请 { $reference }
staff-back = 返回申请列表
staff-contact = 居民的电子邮件
staff-language = 语言
staff-answers-heading = 回答
staff-files-heading = 证明材料
staff-files-none = 没有发送文件。
staff-file-clean = 已检查病毒
staff-file-not-scanned = 未检查病毒
staff-file-with-reply = 随回复发送
staff-file-download = 下载
staff-history-heading = 记录
staff-history-reply = 居民已回复
staff-history-note = 工作人员备注
staff-history-staff-note = 工作人员备注：{ $note }
staff-history-by = 操作人：{ $name }
staff-failed-heading = 没有发出的信息
staff-failed-intro = 这些发给居民的信息没能发出。请用其他方式联系居民。
staff-message-request-received = 确认收到
staff-message-request-moved = 申请的新进展
staff-message-request-over = 申请的结果
staff-message-save-and-return = 已保存的表格
staff-rating = 居民的评分
staff-change-heading = 推进这个申请
staff-request-over = 这个申请已经结束，不能再推进。
change-status-label = 新状态
change-note-label = 给居民的备注
change-note-hint = 说明您需要居民提供什么，或说明处理结果。居民会在跟踪页面和电子邮件中看到这条备注。
change-staff-note-label = 只给工作人员看的备注
change-staff-note-hint = 居民永远看不到这条备注。
button-change-status = 保存并通知居民
change-status-error-moved = 在您打开这个申请之后，其他人已经推进了它。请再检查一遍，然后再更改

## 发给居民的信息（每条信息有一个主题和一段纯文本正文；空一行表示开始新的段落）

mail-request-received-subject = 我们已收到您的申请（参考编号 { $reference }）
mail-request-received-body =
    谢谢您。我们已收到您的申请：{ $service }。

    您的参考编号是 { $reference }。

    我们会在{ $act_by }前处理。

    您可以随时查看申请的进展：{ $link }
mail-request-moved-subject = 您的申请 { $reference } 有新进展
mail-request-moved-body =
    您的申请有新进展：{ $service }，参考编号 { $reference }。

    状态：{ $status }

    { $note }

    查看进展，或回答我们向您提出的问题：{ $link }
mail-save-and-return-subject = 回到您的表格
mail-save-and-return-body =
    您在“{ $service }”中的回答已保存。

    要回到您的表格，请使用这个链接：{ $link }

    链接的有效期到{ $expires_on }。之后您的回答会被删除。
mail-request-over-subject = 您的申请 { $reference }：{ $status }
mail-request-over-body =
    您的申请有了结果：{ $service }，参考编号 { $reference }。

    状态：{ $status }

    { $note }

    请告诉我们，您对我们处理这件事的方式有多满意（只有一个问题）：{ $link }
mail-staff-sign-in-code-subject = 您的登录验证码
mail-staff-sign-in-code-body =
    您用来登录查看申请的验证码是 { $code }。

    验证码只能用一次，有效时间为{ $minutes }分钟。如果您没有要求获取验证码，可以不理会这封邮件。
mail-resident-sign-in-subject = 登录您的账户
mail-resident-sign-in-body =
    您的登录验证码是 { $code }。

    您也可以用这个链接登录：{ $link }

    验证码和链接都只能用一次，有效时间为{ $minutes }分钟。如果您没有要求登录，可以不理会这封邮件。
