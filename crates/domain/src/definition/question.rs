//! A question in a definition file: one flat table, `{ id = "email", type = "email", hint = true }`.
//! The keys every question has are read here; the rest belong to its type, which takes them
//! (`questions::QuestionKind::from_keys`). A key nobody took is refused.

use serde::{Deserialize, Serialize};

use crate::questions::keys::{KeyValue, Keys};
use crate::questions::{Answers, FormInput, QuestionKind};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Keys", into = "Keys")]
pub struct Question {
    pub id: String,
    pub kind: QuestionKind,
    pub required: bool,
    /// Whether the question has a hint message (`<prefix>-<id>-hint`).
    pub hint: bool,
    /// A valid answer as it would be typed, for tests and documentation.
    pub example: Option<String>,
    /// Shown under one option of a radios question on the same page, and asked only when that
    /// option is chosen (the GOV.UK "conditional reveal").
    pub reveal_when: Option<RevealWhen>,
    /// The saved detail it asks for (`profile = "email"`), filled in for a signed-in resident who
    /// has it.
    pub profile: Option<crate::profile::ProfileField>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct RevealWhen {
    pub question: String,
    pub is: String,
}

impl Question {
    /// False when this question hangs off an option that was not chosen on the page posted.
    pub fn is_asked(&self, input: &FormInput) -> bool {
        self.reveal_when
            .as_ref()
            .is_none_or(|r| input.get(&r.question).is_some_and(|v| *v == r.is))
    }

    /// False when this question hangs off an option that was not chosen in the answers given.
    pub fn is_asked_in(&self, answers: &Answers) -> bool {
        self.reveal_when.as_ref().is_none_or(|r| {
            answers
                .get(&r.question)
                .and_then(|a| a.as_text())
                .is_some_and(|v| v == r.is)
        })
    }
}

impl TryFrom<Keys> for Question {
    type Error = String;

    fn try_from(mut keys: Keys) -> Result<Question, String> {
        let id = keys.take_text("id")?.unwrap_or_default();
        let named = |e: String| format!("question \"{id}\": {e}");
        let mut read = || -> Result<Question, String> {
            let kind_name = keys.take_text("type")?.ok_or("type is needed")?;
            let reveal_when = match keys.take_table("reveal-when")? {
                None => None,
                Some(t) => match (t.get("question"), t.get("is"), t.len()) {
                    (Some(q), Some(is), 2) => Some(RevealWhen {
                        question: q.clone(),
                        is: is.clone(),
                    }),
                    _ => return Err("reveal-when needs question and is, and nothing else".into()),
                },
            };
            let required = keys.take_bool("required")?.unwrap_or(true);
            let hint = keys.take_bool("hint")?.unwrap_or(false);
            let example = keys.take_text("example")?;
            let profile = match keys.take_text("profile")? {
                None => None,
                Some(name) => {
                    let field = crate::profile::ProfileField::parse(&name)
                        .ok_or_else(|| format!("profile \"{name}\" is not a saved detail"))?;
                    if field.question_type() != kind_name {
                        return Err(format!(
                            "profile \"{name}\" is asked by a {} question, not {kind_name}",
                            field.question_type()
                        ));
                    }
                    Some(field)
                }
            };
            let kind = QuestionKind::from_keys(&kind_name, &mut keys);
            let left = keys.left_over();
            let unknown = (!left.is_empty()).then(|| {
                let verb = if left.len() == 1 { "is" } else { "are" };
                format!(
                    "{} {verb} not a setting of a {kind_name} question",
                    left.join(", ")
                )
            });
            let kind = match (kind, unknown) {
                (Ok(kind), None) => kind,
                (Ok(_), Some(unknown)) => return Err(unknown),
                (Err(e), None) => return Err(e),
                (Err(e), Some(unknown)) => return Err(format!("{e}; {unknown}")),
            };
            Ok(Question {
                required,
                hint,
                example,
                reveal_when,
                profile,
                kind,
                id: id.clone(),
            })
        };
        read().map_err(named)
    }
}

impl From<Question> for Keys {
    fn from(q: Question) -> Keys {
        let mut keys = Keys::new();
        keys.put_text("id", Some(&q.id));
        keys.put_text("type", Some(q.kind.name()));
        if !q.required {
            keys.put("required", KeyValue::Bool(false));
        }
        keys.put_true("hint", q.hint);
        keys.put_text("example", q.example.as_deref());
        keys.put_text("profile", q.profile.map(|f| f.as_str()));
        if let Some(r) = &q.reveal_when {
            keys.put(
                "reveal-when",
                KeyValue::Table(
                    [("question", &r.question), ("is", &r.is)]
                        .into_iter()
                        .map(|(k, v)| (k.to_string(), v.clone()))
                        .collect(),
                ),
            );
        }
        q.kind.rules().write_keys(&mut keys);
        keys
    }
}
