//! The browser reads the islands' props and the uploads API's answers with its own small JSON
//! reader: it must read back exactly what the server writes with serde_json, for every page of
//! every service.

use std::collections::BTreeMap;

use frontdoor_domain::api::{ApiError, ApiErrorBody, ApiFieldError, UploadedFile};
use frontdoor_domain::questions::address::Address;
use frontdoor_domain::{Answer, Answers, ServiceDefinition};
use frontdoor_islands::{
    json, ErrorTexts, Kept, PageCheck, Refused, ShownError, Titles, UploadTexts,
};
use serde::de::DeserializeOwned;
use serde::Serialize;

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: &T) {
    let written = serde_json::to_string(value).unwrap();
    assert_eq!(
        json::from_str::<T>(&written).as_ref(),
        Ok(value),
        "{written}"
    );
    let pretty = serde_json::to_string_pretty(value).unwrap();
    assert_eq!(json::from_str::<T>(&pretty).as_ref(), Ok(value));
}

fn services() -> Vec<ServiceDefinition> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../services");
    let mut all = vec![];
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).unwrap();
            all.push(toml::from_str(&text).unwrap_or_else(|e| panic!("{path:?}: {e}")));
        }
    }
    assert!(all.len() > 5);
    all
}

#[test]
fn every_page_check_reads_back_as_written() {
    let answers: Answers = [
        ("a".to_string(), Answer::Blank),
        (
            "b".to_string(),
            Answer::text("Flat 2, \"The Old Mill\" – Llanelli ☃"),
        ),
        ("c".to_string(), Answer::Number(-3)),
        (
            "d".to_string(),
            Answer::List(vec!["x".into(), "y\n".into()]),
        ),
        (
            "e".to_string(),
            Answer::Address(Address {
                line_1: "1 High Street".into(),
                line_2: String::new(),
                town: "London".into(),
                postcode: "SE1 2QH".into(),
            }),
        ),
    ]
    .into_iter()
    .collect();
    let texts = ErrorTexts {
        messages: BTreeMap::from([("x-error".to_string(), "Enter {$name}\t😀".to_string())]),
        date_long: "{$day} {$month} {$year}".into(),
        months: vec!["Ionawr".into(), "Chwefror".into()],
        or: "neu".into(),
        prefix: "Gwall:".into(),
    };
    let mut pages = 0;
    for service in services() {
        round_trip(&service);
        for page in &service.pages {
            pages += 1;
            round_trip(&PageCheck {
                service: service.with_only(page),
                page: page.id.clone(),
                answers: answers.clone(),
                files: BTreeMap::from([("photos".to_string(), vec!["f1".into(), "f2".into()])]),
                texts: texts.clone(),
            });
        }
    }
    assert!(pages > 20);
    round_trip(&Titles {
        plain: "Page".into(),
        with_errors: "Error: Page".into(),
    });
    round_trip(&vec![ShownError {
        field: "date".into(),
        target: "date-day".into(),
        text: "Enter a date".into(),
        parts: vec!["day".into()],
    }]);
    round_trip(&UploadTexts::default());
}

#[test]
fn the_uploads_answers_read_back_as_written() {
    let kept = UploadedFile {
        id: "abc".into(),
        question: "photos".into(),
        name: "bin.jpg".into(),
        size: 5_000_000_000,
        content_type: "image/jpeg".into(),
        thumbnail: true,
    };
    round_trip(&kept);
    let read: Kept = json::from_str(&serde_json::to_string(&kept).unwrap()).unwrap();
    assert_eq!(read.name, "bin.jpg");
    let refused = ApiError {
        error: ApiErrorBody {
            status: 422,
            code: "validation-failed".into(),
            message: "There is a problem".into(),
            fields: vec![ApiFieldError {
                field: "photos".into(),
                target: "photos".into(),
                code: "too-big".into(),
                message_id: "file-error-too-big".into(),
                args: BTreeMap::from([("name".to_string(), "a.jpg".to_string())]),
                parts: vec![],
                message: "a.jpg must be smaller than 10MB".into(),
            }],
        },
    };
    round_trip(&refused);
    // The browser reads only the field errors of a refusal.
    let read: Refused = json::from_str(&serde_json::to_string(&refused).unwrap()).unwrap();
    assert_eq!(
        read.error.fields,
        vec![refused.error.fields[0].clone().into_field_error()]
    );
}
