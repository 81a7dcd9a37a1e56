//! "Add another" (`type = "add-another"`): a list the resident builds one item at a time (the
//! items for a bulky waste collection), with a summary of what is on it and a Remove button for
//! each. It must be the only question on its page.
//!
//! Keys: `max-items` (1 to 50, default 10), `max-length` of each item (default 100). Messages: its
//! own `<prefix>-<question>-add` for the Add button.
//!
//! Fields for question `items`: `items` (the item being added) and `items-item-1`, `items-item-2`...
//! (what is already on the list, sent back with the page). Stored as the list of items.

use super::{
    Answer, AnswerDisplay, Failure, FieldError, FormInput, Keys, Placed, QuestionRules,
    QuestionType, RuleContext,
};

/// The buttons that add the typed item and take an item off.
pub const ADD_ITEM: &str = "add-item";
pub const REMOVE_ITEM: &str = "remove-item";

#[derive(Debug, Clone, PartialEq)]
pub struct List {
    pub max_items: usize,
    pub max_length: usize,
}

impl List {
    pub fn from_keys(keys: &mut Keys) -> Result<List, String> {
        Ok(List {
            max_items: keys.take_count("max-items")?.unwrap_or(10),
            max_length: keys.take_count("max-length")?.unwrap_or(100),
        })
    }

    /// What is already on the list, as sent back with the page.
    fn listed(&self, id: &str, input: &FormInput) -> Result<Vec<String>, Failure> {
        let mut items = Vec::new();
        for n in 1..=self.max_items {
            let item = clean(
                input
                    .get(&item_field(id, n))
                    .map(String::as_str)
                    .unwrap_or(""),
            );
            if !item.is_empty() {
                self.check_length(&item)?;
                items.push(item);
            }
        }
        Ok(items)
    }

    fn check_length(&self, item: &str) -> Result<(), Failure> {
        if item.chars().count() > self.max_length {
            Err(("too-long", vec![("max", self.max_length.to_string())]))
        } else {
            Ok(())
        }
    }

    /// Adds the typed item to the list (the "Add" button): it must not be empty or make the list
    /// too long.
    pub(super) fn add(&self, id: &str, input: &FormInput) -> Result<Answer, Failure> {
        let mut items = self.listed(id, input)?;
        let new = clean(input.get(id).map(String::as_str).unwrap_or(""));
        if new.is_empty() {
            return Err(("required", vec![]));
        }
        self.check_length(&new)?;
        if items.len() >= self.max_items {
            return Err(("too-many", vec![("max", self.max_items.to_string())]));
        }
        items.push(new);
        Ok(Answer::List(items))
    }

    /// Takes the item in field `field` off the list (a "Remove" button). An empty list is blank.
    pub(super) fn remove(
        &self,
        id: &str,
        input: &FormInput,
        field: &str,
    ) -> Result<Answer, Failure> {
        let mut without = input.clone();
        without.remove(field);
        Ok(Answer::list(self.listed(id, &without)?))
    }
}

impl QuestionType for List {
    fn example(&self, id: &str, _: &RuleContext) -> FormInput {
        super::one(id, "Sofa")
    }

    fn write_keys(&self, keys: &mut Keys) {
        keys.put_count("max-items", self.max_items);
        keys.put_count("max-length", self.max_length);
    }

    fn check(&self, at: &Placed<'_>) -> Vec<String> {
        let mut problems = Vec::new();
        if !(1..=50).contains(&self.max_items) {
            problems.push(at.problem("max-items", "must be between 1 and 50"));
        }
        if at.page.questions.len() > 1 {
            problems.push(at.problem(
                "",
                "an add-another list must be the only question on its page",
            ));
        }
        problems
    }

    fn error_codes(&self) -> Vec<&'static str> {
        vec!["too-long", "too-many"]
    }

    fn message_parts(&self) -> &'static [&'static str] {
        &["add"]
    }

    fn buttons(&self) -> &'static [&'static str] {
        &[ADD_ITEM, REMOVE_ITEM]
    }

    fn alone_on_page(&self) -> bool {
        true
    }

    fn field_names(&self, id: &str) -> Vec<String> {
        std::iter::once(id.to_string())
            .chain((1..=self.max_items).map(|n| item_field(id, n)))
            .collect()
    }

    /// Continue: the list, with anything still typed in the box added to it.
    fn parse(
        &self,
        q: &QuestionRules<'_>,
        input: &FormInput,
        _: &RuleContext,
    ) -> Result<Answer, Vec<FieldError>> {
        let typed = clean(input.get(q.id()).map(String::as_str).unwrap_or(""));
        if !typed.is_empty() {
            return self.add(q.id(), input).map_err(|f| q.fail(f));
        }
        match self.listed(q.id(), input) {
            Ok(items) if items.is_empty() => q.nothing_given(),
            Ok(items) => Ok(Answer::List(items)),
            Err(f) => Err(q.fail(f)),
        }
    }

    fn to_input(&self, id: &str, answer: &Answer) -> FormInput {
        answer
            .values()
            .into_iter()
            .enumerate()
            .map(|(i, item)| (item_field(id, i + 1), item))
            .collect()
    }

    fn display(&self, _: &QuestionRules<'_>, answer: &Answer) -> AnswerDisplay {
        AnswerDisplay::Lines(answer.values())
    }

    fn from_legacy(&self, stored: &str) -> Answer {
        Answer::list(
            stored
                .split('\n')
                .filter(|i| !i.is_empty())
                .map(str::to_string)
                .collect(),
        )
    }
}

/// The field holding the nth item (from 1).
pub fn item_field(id: &str, n: usize) -> String {
    format!("{id}-item-{n}")
}

fn clean(value: &str) -> String {
    value.replace(['\r', '\n'], " ").trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: List = List {
        max_items: 3,
        max_length: 20,
    };

    fn input(pairs: &[(&str, &str)]) -> FormInput {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    fn items(a: &[&str]) -> Answer {
        Answer::List(a.iter().map(|s| s.to_string()).collect())
    }

    #[test]
    fn items_are_added_one_at_a_time_and_kept_in_order() {
        let first = RULES.add("items", &input(&[("items", " Sofa ")])).unwrap();
        assert_eq!(first, items(&["Sofa"]));
        let mut page = RULES.to_input("items", &first);
        page.insert("items".into(), "Fridge".into());
        assert_eq!(
            RULES.add("items", &page).unwrap(),
            items(&["Sofa", "Fridge"])
        );
    }

    #[test]
    fn adding_needs_an_item_and_room_on_the_list() {
        assert_eq!(RULES.add("items", &input(&[])).unwrap_err().0, "required");
        let full = input(&[
            ("items-item-1", "Sofa"),
            ("items-item-2", "Bed"),
            ("items-item-3", "Table"),
            ("items", "Fridge"),
        ]);
        let (code, args) = RULES.add("items", &full).unwrap_err();
        assert_eq!((code, args), ("too-many", vec![("max", "3".to_string())]));
        let long = input(&[("items", "A very very long wardrobe")]);
        assert_eq!(RULES.add("items", &long).unwrap_err().0, "too-long");
    }

    #[test]
    fn remove_takes_one_item_off_and_an_empty_list_is_blank() {
        let page = input(&[
            ("items-item-1", "Sofa"),
            ("items-item-2", "Bed"),
            ("items-item-3", "Table"),
        ]);
        assert_eq!(
            RULES.remove("items", &page, "items-item-2").unwrap(),
            items(&["Sofa", "Table"])
        );
        let one = input(&[("items-item-1", "Sofa")]);
        assert_eq!(
            RULES.remove("items", &one, "items-item-1").unwrap(),
            Answer::Blank
        );
    }

    #[test]
    fn lists_saved_as_lines_are_read_as_lists() {
        assert_eq!(RULES.from_legacy("Sofa\nBed"), items(&["Sofa", "Bed"]));
        assert_eq!(RULES.from_legacy(""), Answer::Blank);
    }
}
