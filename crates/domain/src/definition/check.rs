//! The definition check: everything that makes a definition unusable, each problem naming the
//! field and the reason. Checks that belong to one question type are that type's (`check`).

use super::{is_slug, ServiceDefinition};
use crate::questions::Placed;
use crate::routes::{RESERVED_PAGE_IDS, RESERVED_SERVICE_IDS};

impl ServiceDefinition {
    /// Checks the definition is usable.
    pub fn check(&self) -> Result<(), Vec<String>> {
        let mut problems = Vec::new();
        if !is_slug(&self.id) || RESERVED_SERVICE_IDS.contains(&self.id.as_str()) {
            problems.push(format!("id: \"{}\" must be lower-case letters, digits and dashes, and not a reserved address", self.id));
        }
        if self.pages.is_empty() {
            problems.push("pages: a service needs at least one page".into());
        }
        self.check_identity(&mut problems);
        let mut seen_pages = Vec::new();
        let mut seen_questions = Vec::new();
        for page in &self.pages {
            let p = &page.id;
            if !is_slug(p) || RESERVED_PAGE_IDS.contains(&p.as_str()) {
                problems.push(format!("pages.{p}: not a usable page id"));
            }
            if seen_pages.contains(&p) {
                problems.push(format!("pages.{p}: page id used twice"));
            }
            seen_pages.push(p);
            match (page.exit, page.questions.is_empty()) {
                (false, true) => problems.push(format!(
                    "pages.{p}.questions: a page needs at least one question"
                )),
                (true, false) => problems.push(format!("pages.{p}: an exit page has no questions")),
                _ => {}
            }
            for id in &page.require_one_of {
                if !page.questions.iter().any(|q| &q.id == id && !q.required) {
                    problems.push(format!(
                        "pages.{p}.require-one-of: \"{id}\" is not an optional question on this page"
                    ));
                }
            }
            if page.require_one_of.len() == 1 {
                problems.push(format!(
                    "pages.{p}.require-one-of: name two or more questions"
                ));
            }
            if let Some(condition) = &page.show_if {
                // Conditions may only look back: at questions on earlier pages.
                match self
                    .pages
                    .iter()
                    .take_while(|earlier| &earlier.id != p)
                    .flat_map(|earlier| &earlier.questions)
                    .find(|q| q.id == condition.question)
                {
                    None => problems.push(format!(
                        "pages.{p}.show-if.question: \"{}\" is not a question on an earlier page",
                        condition.question
                    )),
                    Some(q) => {
                        let known = q.kind.rules().options();
                        let values = condition.is_any_of.iter().chain(&condition.is_none_of);
                        for v in values.filter(|v| !known.is_empty() && !known.contains(v)) {
                            problems.push(format!(
                                "pages.{p}.show-if: \"{v}\" is not an option of {}",
                                q.id
                            ));
                        }
                    }
                }
            }
            for q in &page.questions {
                if !is_slug(&q.id) || seen_questions.contains(&&q.id) {
                    problems.push(format!(
                        "pages.{p}.questions.{}: question id missing, malformed or used twice",
                        q.id
                    ));
                }
                seen_questions.push(&q.id);
                let at = Placed {
                    service: self,
                    page,
                    question: q,
                };
                problems.extend(q.kind.rules().check(&at));
                if let Some(reveal) = &q.reveal_when {
                    let parent = page
                        .questions
                        .iter()
                        .take_while(|other| other.id != q.id)
                        .find(|other| other.id == reveal.question);
                    let fits = parent.is_some_and(|parent| {
                        parent.kind.name() == "radios"
                            && parent.kind.rules().options().contains(&reveal.is)
                    });
                    if !fits {
                        problems.push(at.problem(
                            "reveal-when",
                            &format!(
                                "needs an earlier radios question on this page with the option \"{}\"",
                                reveal.is
                            ),
                        ));
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }

    /// The questions named under `identity` exist and can say who someone is.
    fn check_identity(&self, problems: &mut Vec<String>) {
        let find = |id: &str| self.questions().find(|q| q.id == id);
        if let Some(email) = &self.identity.email {
            if find(email).is_none_or(|q| q.kind.name() != "email") {
                problems.push(format!(
                    "identity.email: \"{email}\" is not an email question"
                ));
            }
        }
        for id in &self.identity.return_check {
            let usable = ["uk-postcode", "email", "date"];
            if find(id).is_none_or(|q| !usable.contains(&q.kind.name())) {
                problems.push(format!(
                    "identity.return-check: \"{id}\" is not a postcode, email or date question"
                ));
            }
        }
    }
}
