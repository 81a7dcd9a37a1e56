//! Evidence (`type = "file"`): a question answered with files. The bytes never pass through these
//! rules; the server stores each file, checks it by its content, and the answer is the list of
//! stored file ids. The same limits run in the browser before an upload starts, so a file that is
//! too big is refused at once instead of after minutes on a slow connection.
//!
//! Keys: `max-files` (default 10), `max-file-mb` (20), `max-total-mb` (100), `file-types` (any of
//! jpeg, png, heic, pdf; default all). Stored as the list of file ids. The page posts the ids
//! kept as one field, joined by commas (the server fills it from the files it holds).

use serde::{Deserialize, Serialize};

use super::{
    Answer, AnswerDisplay, FieldError, FormInput, Keys, QuestionRules, QuestionType, RuleContext,
};

/// The button that keeps the files chosen and shows the page again, and the one that removes a
/// kept file (its value is the file's id).
pub const UPLOAD_FILES: &str = "upload-files";
pub const REMOVE_FILE: &str = "remove-file";

#[derive(Debug, Clone, PartialEq)]
pub struct Files {
    pub max_files: usize,
    pub max_file_mb: u64,
    pub max_total_mb: u64,
    pub types: Vec<FileType>,
}

impl Files {
    pub fn from_keys(keys: &mut Keys) -> Result<Files, String> {
        let names = keys.take_list("file-types")?;
        let types = if names.is_empty() {
            FileType::ALL.to_vec()
        } else {
            names
                .iter()
                .map(|t| {
                    FileType::from_name(t).ok_or_else(|| {
                        format!("file type \"{t}\" is not one of jpeg, png, heic, pdf")
                    })
                })
                .collect::<Result<_, _>>()?
        };
        Ok(Files {
            max_files: keys.take_count("max-files")?.unwrap_or(10),
            max_file_mb: keys.take_count("max-file-mb")?.unwrap_or(20),
            max_total_mb: keys.take_count("max-total-mb")?.unwrap_or(100),
            types,
        })
    }

    /// Its limits, in bytes.
    pub fn rules(&self, required: bool) -> FileRules {
        FileRules {
            required,
            max_files: self.max_files,
            max_file_bytes: self.max_file_mb * 1024 * 1024,
            max_total_bytes: self.max_total_mb * 1024 * 1024,
            types: self.types.clone(),
        }
    }
}

impl QuestionType for Files {
    /// Files are sent with the page, not typed: nothing.
    fn example(&self, _: &str, _: &RuleContext) -> FormInput {
        FormInput::new()
    }

    fn write_keys(&self, keys: &mut Keys) {
        keys.put_count("max-files", self.max_files);
        keys.put_count("max-file-mb", self.max_file_mb);
        keys.put_count("max-total-mb", self.max_total_mb);
        let names: Vec<String> = self.types.iter().map(|t| t.name().to_string()).collect();
        keys.put_list("file-types", &names);
    }

    fn error_codes(&self) -> Vec<&'static str> {
        vec![]
    }

    fn shared_messages(&self) -> Vec<String> {
        message_ids()
    }

    fn buttons(&self) -> &'static [&'static str] {
        &[UPLOAD_FILES]
    }

    /// The server builds the answer from the files it holds, which it checked as they arrived;
    /// all that is left to check is that there is one when the question needs one.
    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        _: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>> {
        match file_ids(q.typed(input)) {
            ids if ids.is_empty() => q.nothing_given(),
            ids => Ok(Answer::List(ids)),
        }
    }

    fn to_input(&self, id: &str, answer: &Answer) -> FormInput {
        FormInput::from([(id.to_string(), answer.values().join(","))])
    }

    fn display(&self, _: &QuestionRules<'_>, answer: &Answer) -> AnswerDisplay {
        AnswerDisplay::Files(answer.values())
    }

    fn from_legacy(&self, stored: &str) -> Answer {
        Answer::list(file_ids(stored))
    }
}

/// The kinds of file a question can accept, found from the file's first bytes, never its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum FileType {
    Jpeg,
    Png,
    /// iPhone photos. Stored as JPEG, so caseworkers can open them.
    Heic,
    Pdf,
}

impl FileType {
    pub const ALL: [FileType; 4] = [FileType::Jpeg, FileType::Png, FileType::Heic, FileType::Pdf];

    pub fn from_name(name: &str) -> Option<FileType> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    /// Its name in a definition file.
    pub fn name(self) -> &'static str {
        match self {
            FileType::Jpeg => "jpeg",
            FileType::Png => "png",
            FileType::Heic => "heic",
            FileType::Pdf => "pdf",
        }
    }

    /// How residents know it: used in messages ("a JPG, PNG, HEIC or PDF").
    pub fn label(self) -> &'static str {
        match self {
            FileType::Jpeg => "JPG",
            FileType::Png => "PNG",
            FileType::Heic => "HEIC",
            FileType::Pdf => "PDF",
        }
    }

    /// For the file input's `accept`, so phones offer the camera and photo library.
    pub fn accept(self) -> &'static str {
        match self {
            FileType::Jpeg => "image/jpeg,.jpg,.jpeg",
            FileType::Png => "image/png,.png",
            FileType::Heic => "image/heic,image/heif,.heic,.heif",
            FileType::Pdf => "application/pdf,.pdf",
        }
    }

    /// Finds the type from the first bytes of a file (16 are enough).
    pub fn sniff(head: &[u8]) -> Option<FileType> {
        if head.starts_with(&[0xFF, 0xD8, 0xFF]) {
            return Some(FileType::Jpeg);
        }
        if head.starts_with(b"\x89PNG\r\n\x1a\n") {
            return Some(FileType::Png);
        }
        if head.starts_with(b"%PDF-") {
            return Some(FileType::Pdf);
        }
        // ISO base media: a box size, then "ftyp" and a brand.
        if head.len() >= 12 && &head[4..8] == b"ftyp" {
            let brand = &head[8..12];
            let heif: [&[u8]; 8] = [
                b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1",
            ];
            if heif.contains(&brand) {
                return Some(FileType::Heic);
            }
        }
        None
    }
}

/// A question's limits.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileRules {
    pub required: bool,
    pub max_files: usize,
    pub max_file_bytes: u64,
    pub max_total_bytes: u64,
    pub types: Vec<FileType>,
}

/// Why a file was refused. Each has a message `file-error-<code>` naming the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    Empty,
    TooBig,
    TotalTooBig,
    TooMany,
    WrongType,
    Password,
    Damaged,
    Virus,
    /// The file could not be checked for viruses now: try again later.
    NotChecked,
    /// The upload stopped before the whole file arrived.
    Incomplete,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Refusal::Empty => "empty",
            Refusal::TooBig => "too-big",
            Refusal::TotalTooBig => "total-too-big",
            Refusal::TooMany => "too-many",
            Refusal::WrongType => "wrong-type",
            Refusal::Password => "password",
            Refusal::Damaged => "damaged",
            Refusal::Virus => "virus",
            Refusal::NotChecked => "not-checked",
            Refusal::Incomplete => "incomplete",
        }
    }

    pub const ALL: [Refusal; 10] = [
        Refusal::Empty,
        Refusal::TooBig,
        Refusal::TotalTooBig,
        Refusal::TooMany,
        Refusal::WrongType,
        Refusal::Password,
        Refusal::Damaged,
        Refusal::Virus,
        Refusal::NotChecked,
        Refusal::Incomplete,
    ];
}

/// "20MB", "500KB": sizes as GOV.UK writes them.
pub fn size_label(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        let tenths = (bytes * 10).div_ceil(MB);
        if tenths % 10 == 0 {
            format!("{}MB", tenths / 10)
        } else {
            format!("{}.{}MB", tenths / 10, tenths % 10)
        }
    } else {
        format!("{}KB", bytes.div_ceil(1024).max(1))
    }
}

impl FileRules {
    /// "JPG,PNG,HEIC,PDF": a list the page writes out in its language ("JPG, PNG, HEIC or PDF").
    pub fn types_label(&self) -> String {
        self.types
            .iter()
            .map(|t| t.label())
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn accept(&self) -> String {
        self.types
            .iter()
            .map(|t| t.accept())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// The error for a refused file, naming it, for the question `question`.
    pub fn error(&self, question: &str, file_name: &str, refusal: Refusal) -> FieldError {
        let mut e = FieldError::new(
            question,
            refusal.code(),
            format!("file-error-{}", refusal.code()),
        );
        e.args = [
            ("name".to_string(), file_name.to_string()),
            ("max".to_string(), size_label(self.max_file_bytes)),
            ("total".to_string(), size_label(self.max_total_bytes)),
            ("count".to_string(), self.max_files.to_string()),
            ("types".to_string(), self.types_label()),
        ]
        .into_iter()
        .collect();
        e
    }

    /// What can be known before the bytes are read: the size, and whether there is room.
    /// `already` is the sizes of the files the question holds.
    pub fn check_before(&self, size: u64, already: &[u64]) -> Result<(), Refusal> {
        if size == 0 {
            return Err(Refusal::Empty);
        }
        if size > self.max_file_bytes {
            return Err(Refusal::TooBig);
        }
        if already.len() >= self.max_files {
            return Err(Refusal::TooMany);
        }
        if already.iter().sum::<u64>() + size > self.max_total_bytes {
            return Err(Refusal::TotalTooBig);
        }
        Ok(())
    }

    /// Checks the type found in the file's first bytes.
    pub fn check_type(&self, head: &[u8]) -> Result<FileType, Refusal> {
        FileType::sniff(head)
            .filter(|t| self.types.contains(t))
            .ok_or(Refusal::WrongType)
    }
}

/// The ids of the files in a posted field (joined by commas).
pub fn file_ids(stored: &str) -> Vec<String> {
    stored
        .split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The shared messages a file question can show.
pub fn message_ids() -> Vec<String> {
    Refusal::ALL
        .iter()
        .map(|r| format!("file-error-{}", r.code()))
        .chain([NONE_CHOSEN.to_string()])
        .collect()
}

const NONE_CHOSEN: &str = "file-error-none-chosen";

/// "Upload files" pressed with no file chosen.
pub fn none_chosen(question: &str) -> FieldError {
    FieldError::new(question, "none-chosen", NONE_CHOSEN.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> FileRules {
        FileRules {
            required: true,
            max_files: 2,
            max_file_bytes: 20 * 1024 * 1024,
            max_total_bytes: 30 * 1024 * 1024,
            types: vec![FileType::Jpeg, FileType::Heic, FileType::Pdf],
        }
    }

    #[test]
    fn types_are_found_from_the_bytes_not_the_name() {
        assert_eq!(
            FileType::sniff(&[0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]),
            Some(FileType::Jpeg)
        );
        assert_eq!(FileType::sniff(b"%PDF-1.7\n"), Some(FileType::Pdf));
        assert_eq!(
            FileType::sniff(b"\0\0\0\x18ftypheic\0\0\0\0"),
            Some(FileType::Heic)
        );
        assert_eq!(
            FileType::sniff(b"\0\0\0\x18ftypmp42\0\0\0\0"),
            None,
            "a video is not a photo"
        );
        assert_eq!(
            FileType::sniff(b"MZ\x90\0\x03\0\0\0"),
            None,
            "a Windows program"
        );
        assert_eq!(
            rules().check_type(b"\x89PNG\r\n\x1a\n"),
            Err(Refusal::WrongType),
            "PNG not allowed here"
        );
    }

    #[test]
    fn sizes_and_counts_are_checked_before_the_upload() {
        let r = rules();
        assert_eq!(r.check_before(0, &[]), Err(Refusal::Empty));
        assert_eq!(r.check_before(21 * 1024 * 1024, &[]), Err(Refusal::TooBig));
        assert_eq!(r.check_before(1, &[1, 1]), Err(Refusal::TooMany));
        assert_eq!(
            r.check_before(15 * 1024 * 1024, &[16 * 1024 * 1024]),
            Err(Refusal::TotalTooBig)
        );
        assert_eq!(r.check_before(1024, &[]), Ok(()));
    }

    #[test]
    fn refusals_name_the_file_and_the_limit() {
        let e = rules().error("photos", "IMG_0001.HEIC", Refusal::TooBig);
        assert_eq!(e.message_id, "file-error-too-big");
        assert_eq!(e.args["name"], "IMG_0001.HEIC");
        assert_eq!(e.args["max"], "20MB");
        assert_eq!(e.args["types"], "JPG,HEIC,PDF");
        assert_eq!(size_label(1536 * 1024), "1.5MB");
        assert_eq!(size_label(300), "1KB");
    }

    #[test]
    fn the_answer_is_the_list_of_files() {
        assert_eq!(file_ids("a,,b"), ["a", "b"]);
        let files = Files::from_keys(&mut Keys::new()).unwrap();
        assert_eq!(
            files.from_legacy("a,b"),
            Answer::List(vec!["a".into(), "b".into()])
        );
        assert_eq!(files.from_legacy(""), Answer::Blank);
        assert_eq!(files.rules(true).max_file_bytes, 20 * 1024 * 1024);
    }
}
