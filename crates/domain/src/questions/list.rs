//! "Add another": a list the resident builds one item at a time (the items for a bulky waste
//! collection), with a summary of what is on it and a Remove button for each.
//!
//! Fields for question `items`: `items` (the item being added) and `items-item-1`, `items-item-2`...
//! (what is already on the list, sent back with the page). Stored as the items, one per line.

use super::FormInput;

pub(super) fn field_names(id: &str, max_items: usize) -> Vec<String> {
    std::iter::once(id.to_string())
        .chain((1..=max_items).map(|n| item_field(id, n)))
        .collect()
}

/// The field holding the nth item (from 1).
pub fn item_field(id: &str, n: usize) -> String {
    format!("{id}-item-{n}")
}

/// The items of a stored answer.
pub fn items(stored: &str) -> Vec<String> {
    stored
        .split('\n')
        .filter(|i| !i.is_empty())
        .map(str::to_string)
        .collect()
}

pub(super) struct ListRules {
    pub required: bool,
    pub max_items: usize,
    pub max_length: usize,
}

type Failure = (&'static str, Vec<(&'static str, String)>);

fn clean(value: &str) -> String {
    value.replace(['\r', '\n'], " ").trim().to_string()
}

/// What is already on the list, as sent back with the page.
fn listed(id: &str, input: &FormInput, rules: &ListRules) -> Result<Vec<String>, Failure> {
    let mut items = Vec::new();
    for n in 1..=rules.max_items {
        let item = clean(
            input
                .get(&item_field(id, n))
                .map(String::as_str)
                .unwrap_or(""),
        );
        if !item.is_empty() {
            check_length(&item, rules)?;
            items.push(item);
        }
    }
    Ok(items)
}

fn check_length(item: &str, rules: &ListRules) -> Result<(), Failure> {
    if item.chars().count() > rules.max_length {
        Err(("too-long", vec![("max", rules.max_length.to_string())]))
    } else {
        Ok(())
    }
}

/// Adds the typed item to the list (the "Add" button): it must not be empty or make the list too long.
pub(super) fn add(id: &str, input: &FormInput, rules: &ListRules) -> Result<String, Failure> {
    let mut items = listed(id, input, rules)?;
    let new = clean(input.get(id).map(String::as_str).unwrap_or(""));
    if new.is_empty() {
        return Err(("required", vec![]));
    }
    check_length(&new, rules)?;
    if items.len() >= rules.max_items {
        return Err(("too-many", vec![("max", rules.max_items.to_string())]));
    }
    items.push(new);
    Ok(items.join("\n"))
}

/// Takes the item in field `field` off the list (a "Remove" button).
pub(super) fn remove(
    id: &str,
    input: &FormInput,
    field: &str,
    rules: &ListRules,
) -> Result<String, Failure> {
    let mut without = input.clone();
    without.remove(field);
    Ok(listed(id, &without, rules)?.join("\n"))
}

/// Continue: the list, with anything still typed in the box added to it.
pub(super) fn parse(id: &str, input: &FormInput, rules: &ListRules) -> Result<String, Failure> {
    let typed = clean(input.get(id).map(String::as_str).unwrap_or(""));
    if typed.is_empty() {
        let items = listed(id, input, rules)?;
        if items.is_empty() && rules.required {
            return Err(("required", vec![]));
        }
        return Ok(items.join("\n"));
    }
    add(id, input, rules)
}

pub(super) fn to_input(id: &str, stored: &str) -> FormInput {
    items(stored)
        .into_iter()
        .enumerate()
        .map(|(i, item)| (item_field(id, i + 1), item))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RULES: ListRules = ListRules {
        required: true,
        max_items: 3,
        max_length: 20,
    };

    fn input(pairs: &[(&str, &str)]) -> FormInput {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn items_are_added_one_at_a_time_and_kept_in_order() {
        let first = add("items", &input(&[("items", " Sofa ")]), &RULES).unwrap();
        assert_eq!(first, "Sofa");
        let mut page = to_input("items", &first);
        page.insert("items".into(), "Fridge".into());
        assert_eq!(add("items", &page, &RULES).unwrap(), "Sofa\nFridge");
    }

    #[test]
    fn adding_needs_an_item_and_room_on_the_list() {
        assert_eq!(add("items", &input(&[]), &RULES).unwrap_err().0, "required");
        let full = input(&[
            ("items-item-1", "Sofa"),
            ("items-item-2", "Bed"),
            ("items-item-3", "Table"),
            ("items", "Fridge"),
        ]);
        let (code, args) = add("items", &full, &RULES).unwrap_err();
        assert_eq!((code, args), ("too-many", vec![("max", "3".to_string())]));
        let long = input(&[("items", "A very very long wardrobe")]);
        assert_eq!(add("items", &long, &RULES).unwrap_err().0, "too-long");
    }

    #[test]
    fn remove_takes_one_item_off() {
        let page = input(&[
            ("items-item-1", "Sofa"),
            ("items-item-2", "Bed"),
            ("items-item-3", "Table"),
        ]);
        assert_eq!(
            remove("items", &page, "items-item-2", &RULES).unwrap(),
            "Sofa\nTable"
        );
    }

    #[test]
    fn continue_keeps_the_list_and_anything_still_typed() {
        let page = input(&[("items-item-1", "Sofa"), ("items", "Bed")]);
        assert_eq!(parse("items", &page, &RULES).unwrap(), "Sofa\nBed");
        assert_eq!(
            parse("items", &input(&[]), &RULES).unwrap_err().0,
            "required"
        );
        let optional = ListRules {
            required: false,
            ..RULES
        };
        assert_eq!(parse("items", &input(&[]), &optional).unwrap(), "");
        assert_eq!(items("Sofa\nBed"), ["Sofa", "Bed"]);
    }
}
