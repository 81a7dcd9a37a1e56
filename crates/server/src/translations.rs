//! How complete each translation is, compared with British English: the checks Mozilla's
//! `compare-locales` makes of Fluent files (missing and extra messages and attributes, files
//! that do not parse, variables a translation uses that English does not give it), plus the
//! ones it leaves out: messages still in English, plural forms the language's CLDR rules need,
//! and selectors whose variants differ from English's. `frontdoor check-translations` prints
//! the report; the tests fail on any problem.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

use fluent_syntax::ast;
use frontdoor_app::i18n::plural_categories;
use frontdoor_domain::Locale;

const PLURAL_FORMS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

/// What one language's translation lacks or gets wrong.
#[derive(Debug, Default)]
pub struct Report {
    pub locale: Option<Locale>,
    /// Messages (and attributes) in English.
    pub total: usize,
    /// Those translated with no problem found.
    pub complete: usize,
    /// One line per problem: file, message and what is wrong.
    pub problems: Vec<String>,
}

impl Report {
    pub fn percent(&self) -> f64 {
        if self.total == 0 {
            return 100.0;
        }
        (self.complete as f64) * 100.0 / (self.total as f64)
    }

    pub fn is_complete(&self) -> bool {
        self.problems.is_empty() && self.complete == self.total
    }
}

/// Checks every shipped language other than English against English.
pub fn check_all(locales_dir: &Path) -> Vec<Report> {
    Locale::ALL
        .into_iter()
        .filter(|l| *l != Locale::EnGb)
        .map(|l| check(locales_dir, l))
        .collect()
}

/// The report as text: a line per language, then each problem.
pub fn describe(reports: &[Report]) -> String {
    let mut out = String::new();
    for r in reports {
        let tag = r.locale.map_or("?", Locale::tag);
        let _ = writeln!(
            out,
            "{tag:8} {:6.1}%  {} of {} messages, {} problems",
            r.percent(),
            r.complete,
            r.total,
            r.problems.len()
        );
    }
    for r in reports {
        for p in &r.problems {
            let _ = writeln!(out, "{}: {p}", r.locale.map_or("?", Locale::tag));
        }
    }
    out
}

/// One translation unit: a message's value or one of its attributes.
#[derive(Debug, Clone, PartialEq)]
struct Unit {
    /// The text with placeables written out, to spot text left in English.
    text: String,
    /// Whether the message has words of its own, not only placeables ("{ $day } { $month }").
    has_words: bool,
    variables: BTreeSet<String>,
    functions: BTreeSet<String>,
    /// Each selector: the variable it chooses by, and its variant keys.
    selectors: Vec<(String, BTreeSet<String>)>,
}

/// Checks one language's files against English's.
pub fn check(locales_dir: &Path, locale: Locale) -> Report {
    let mut report = Report {
        locale: Some(locale),
        ..Report::default()
    };
    let mut same_as_english: BTreeSet<String> =
        ["council-phone", "council-email"].map(String::from).into();
    if !locales_dir.join(locale.tag()).join("locale.toml").exists() {
        report
            .problems
            .push("locale.toml missing: say whether a qualified translator has checked it".into());
    }
    match crate::catalogue::read_locale_file(locales_dir, locale) {
        Ok(file) => same_as_english.extend(file.same_as_english),
        Err(problem) => report.problems.push(problem),
    }
    let language = Language {
        locale,
        categories: plural_categories(locale).into_iter().collect(),
        same_as_english,
    };
    let english_dir = locales_dir.join(Locale::EnGb.tag());
    for relative in ftl_files(&english_dir) {
        let english = match read_units(&english_dir.join(&relative)) {
            Ok(units) => units,
            Err(problem) => {
                report
                    .problems
                    .push(format!("{relative}: English: {problem}"));
                continue;
            }
        };
        report.total += english.len();
        let own_path = locales_dir.join(locale.tag()).join(&relative);
        if !own_path.exists() {
            report.problems.push(format!("{relative}: file missing"));
            continue;
        }
        let own = match read_units(&own_path) {
            Ok(units) => units,
            Err(problem) => {
                report.problems.push(format!("{relative}: {problem}"));
                continue;
            }
        };
        for id in own.keys().filter(|id| !english.contains_key(*id)) {
            report
                .problems
                .push(format!("{relative}: {id}: extra, not in English"));
        }
        for (id, en) in &english {
            let Some(tr) = own.get(id) else {
                report.problems.push(format!("{relative}: {id}: missing"));
                continue;
            };
            let before = report.problems.len();
            compare(&language, &relative, id, en, tr, &mut report);
            if report.problems.len() == before {
                report.complete += 1;
            }
        }
    }
    report
}

/// Plural forms newer CLDR data gives a language than the rules the server formats with: allowed
/// in a translation (a browser's `Intl.PluralRules` may choose them), not required.
fn newer_cldr_forms(locale: Locale) -> &'static [&'static str] {
    match locale {
        // "many" for round millions ("1 millón de caracteres").
        Locale::Es | Locale::Pt => &["many"],
        _ => &[],
    }
}

/// What a translation is checked against, besides English.
struct Language {
    locale: Locale,
    /// Its plural forms by CLDR's rules.
    categories: BTreeSet<&'static str>,
    /// Ids it rightly writes as English does.
    same_as_english: BTreeSet<String>,
}

fn compare(language: &Language, file: &str, id: &str, en: &Unit, tr: &Unit, report: &mut Report) {
    let Language {
        locale,
        categories,
        same_as_english: allowed,
    } = language;
    let locale = *locale;
    let problem = |what: String| format!("{file}: {id}: {what}");
    if en.has_words && tr.text == en.text && !allowed.contains(id) {
        report
            .problems
            .push(problem("still in English (untranslated)".into()));
    }
    let unknown: Vec<&String> = tr.variables.difference(&en.variables).collect();
    if !unknown.is_empty() {
        report.problems.push(problem(format!(
            "uses variables English does not give it: {unknown:?}"
        )));
    }
    // English chooses am or pm by $half; a language on the 24-hour clock has no such choice.
    // Any other choice English makes, the translation makes too.
    let may_leave_out = |v: &str| v == "half" && locale.facts().twenty_four_hour;
    let dropped: Vec<&String> = en
        .variables
        .difference(&tr.variables)
        .filter(|v| !may_leave_out(v))
        .collect();
    if !dropped.is_empty() {
        report
            .problems
            .push(problem(format!("leaves out variables: {dropped:?}")));
    }
    if tr.functions != en.functions {
        report.problems.push(problem(format!(
            "functions differ: English {:?}, here {:?}",
            en.functions, tr.functions
        )));
    }
    let is_plural = |keys: &BTreeSet<String>| {
        keys.iter()
            .all(|k| PLURAL_FORMS.contains(&k.as_str()) || k.parse::<f64>().is_ok())
    };
    // Every plural choice the translation makes, English's or its own ("{ $minutes -> ... }" in
    // Romanian), gives every form the language's rules have, and no form they lack.
    for (variable, keys) in tr.selectors.iter().filter(|(_, k)| is_plural(k)) {
        let named: BTreeSet<&str> = keys
            .iter()
            .map(String::as_str)
            .filter(|k| k.parse::<f64>().is_err())
            .collect();
        let foreign: Vec<&&str> = named
            .difference(categories)
            .filter(|form| !newer_cldr_forms(locale).contains(*form))
            .collect();
        let lacking: Vec<&&str> = categories.difference(&named).collect();
        if !foreign.is_empty() || !lacking.is_empty() {
            report.problems.push(problem(format!(
                "plural forms of ${variable} should be {categories:?} (lacks {lacking:?}, \
                 not in this language {foreign:?})"
            )));
        }
    }
    for (variable, keys) in &en.selectors {
        let own: Vec<&BTreeSet<String>> = tr
            .selectors
            .iter()
            .filter(|(v, _)| v == variable)
            .map(|(_, k)| k)
            .collect();
        if is_plural(keys) {
            // Only a language with one form for every number ("{ $count } 个服务") needs no choice.
            if own.is_empty() && categories.len() > 1 {
                report.problems.push(problem(format!(
                    "makes no plural choice by ${variable}: this language has the forms {categories:?}"
                )));
            }
        } else if own.is_empty() && may_leave_out(variable) {
        } else if own.is_empty() || own.iter().any(|k| *k != keys) {
            report.problems.push(problem(format!(
                "the choice by ${variable} must have the same variants as English: {keys:?}"
            )));
        }
    }
}

/// Every `.ftl` file under a language's folder, relative to it ("common.ftl",
/// "services/report-missed-bin.ftl"), sorted.
fn ftl_files(dir: &Path) -> Vec<String> {
    let mut files = vec![];
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(entries) = std::fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "ftl") {
                if let Ok(relative) = path.strip_prefix(dir) {
                    files.push(relative.to_string_lossy().replace('\\', "/"));
                }
            }
        }
    }
    files.sort();
    files
}

fn read_units(path: &Path) -> Result<BTreeMap<String, Unit>, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("cannot read: {e}"))?;
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            let lines: Vec<usize> = errors
                .iter()
                .map(|e| {
                    source[..e.pos.start.min(source.len())]
                        .lines()
                        .count()
                        .max(1)
                })
                .collect();
            return Err(format!("does not parse (lines {lines:?})"));
        }
    };
    let mut units = BTreeMap::new();
    for entry in &resource.body {
        let (id, value, attributes) = match entry {
            ast::Entry::Message(m) => (m.id.name.to_string(), m.value.as_ref(), &m.attributes),
            ast::Entry::Term(t) => (format!("-{}", t.id.name), Some(&t.value), &t.attributes),
            _ => continue,
        };
        if let Some(pattern) = value {
            units.insert(id.clone(), unit(pattern));
        }
        for attribute in attributes {
            units.insert(
                format!("{id}.{}", attribute.id.name),
                unit(&attribute.value),
            );
        }
    }
    Ok(units)
}

fn unit(pattern: &ast::Pattern<&str>) -> Unit {
    let mut unit = Unit {
        text: String::new(),
        has_words: false,
        variables: BTreeSet::new(),
        functions: BTreeSet::new(),
        selectors: vec![],
    };
    walk_pattern(pattern, &mut unit);
    unit
}

fn walk_pattern(pattern: &ast::Pattern<&str>, unit: &mut Unit) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                unit.has_words |= value.chars().any(char::is_alphabetic);
                unit.text.push_str(value)
            }
            ast::PatternElement::Placeable { expression } => walk_expression(expression, unit),
        }
    }
}

fn walk_expression(expression: &ast::Expression<&str>, unit: &mut Unit) {
    match expression {
        ast::Expression::Inline(inline) => walk_inline(inline, unit),
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                unit.variables.insert(id.name.to_string());
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                unit.selectors.push((id.name.to_string(), keys));
            } else {
                walk_inline(selector, unit);
            }
            for variant in variants {
                walk_pattern(&variant.value, unit);
            }
        }
    }
}

fn walk_inline(inline: &ast::InlineExpression<&str>, unit: &mut Unit) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            unit.variables.insert(id.name.to_string());
            let _ = write!(unit.text, "{{${}}}", id.name);
        }
        ast::InlineExpression::FunctionReference { id, arguments } => {
            unit.functions.insert(id.name.to_string());
            let _ = write!(unit.text, "{{{}()}}", id.name);
            for argument in arguments
                .positional
                .iter()
                .chain(arguments.named.iter().map(|n| &n.value))
            {
                walk_inline(argument, unit);
            }
        }
        ast::InlineExpression::Placeable { expression } => walk_expression(expression, unit),
        ast::InlineExpression::StringLiteral { value }
        | ast::InlineExpression::NumberLiteral { value } => {
            unit.has_words |= value.chars().any(char::is_alphabetic);
            unit.text.push_str(value)
        }
        ast::InlineExpression::MessageReference { id, .. }
        | ast::InlineExpression::TermReference { id, .. } => {
            let _ = write!(unit.text, "{{{}}}", id.name);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A locales folder with one English file and its Polish translation.
    fn folder(english: &str, polish: &str) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (tag, text) in [("en-GB", english), ("pl", polish)] {
            std::fs::create_dir_all(dir.path().join(tag).join("services")).unwrap();
            std::fs::write(dir.path().join(tag).join("services/x.ftl"), text).unwrap();
            std::fs::write(
                dir.path().join(tag).join("locale.toml"),
                "reviewed = false\n",
            )
            .unwrap();
        }
        dir
    }

    fn problems(english: &str, polish: &str) -> Vec<String> {
        let dir = folder(english, polish);
        check(dir.path(), Locale::Pl).problems
    }

    #[test]
    fn a_complete_translation_has_no_problems() {
        let dir = folder(
            "a = Hello { $name }\nb = { $n ->\n  [one] One file\n *[other] { $n } files\n}\n",
            "a = Dzień dobry { $name }\nb = { $n ->\n  [one] { $n } plik\n  [few] { $n } pliki\n  [many] { $n } plików\n *[other] { $n } pliku\n}\n",
        );
        let report = check(dir.path(), Locale::Pl);
        assert_eq!(report.problems, Vec::<String>::new());
        assert_eq!((report.complete, report.total), (2, 2));
        assert!(report.is_complete());
    }

    #[test]
    fn finds_missing_extra_and_untranslated_messages() {
        let found = problems("a = Hello\nb = Goodbye\n", "a = Hello\nc = Extra\n");
        assert_eq!(
            found,
            [
                "services/x.ftl: c: extra, not in English",
                "services/x.ftl: a: still in English (untranslated)",
                "services/x.ftl: b: missing",
            ]
        );
    }

    #[test]
    fn finds_variables_and_functions_that_differ() {
        let found = problems(
            "a = Hello { $name }\nb = It costs { MONEY(5) }\n",
            "a = Cześć { $imie }\nb = Kosztuje 5 funtów\n",
        );
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].contains("uses variables English does not give it: [\"imie\"]"));
        assert!(found[1].contains("leaves out variables: [\"name\"]"));
        assert!(found[2].contains("functions differ"));
    }

    #[test]
    fn a_variable_english_only_chooses_by_may_be_left_out() {
        let english = "t = { $hour }{ $half ->\n  [am] am\n *[pm] pm\n}\n";
        // Polish is on the 24-hour clock: no am or pm.
        assert_eq!(problems(english, "t = { $hour }\n"), Vec::<String>::new());
        // Any other choice English makes stays.
        let status = "s = { $to ->\n  [closed] Closed\n *[other] Moved\n}\n";
        let found = problems(status, "s = Przeniesiono\n");
        assert!(
            found.iter().any(|p| p.contains("same variants as English")),
            "{found:?}"
        );
        // ...but a choice that is kept has English's variants.
        let found = problems(english, "t = { $hour }{ $half ->\n *[pm] po\n}\n");
        assert!(found[0].contains("same variants as English"), "{found:?}");
    }

    #[test]
    fn plural_forms_follow_the_language_s_rules() {
        let english = "b = { $n ->\n  [one] One\n *[other] { $n } files\n}\n";
        let found = problems(
            english,
            "b = { $n ->\n  [one] { $n } plik\n *[other] { $n } plików\n}\n",
        );
        assert!(found[0].contains("lacks [\"few\", \"many\"]"), "{found:?}");
        // Polish has several forms, so it must choose.
        let found = problems(english, "b = Pliki: { $n }\n");
        assert!(found[0].contains("makes no plural choice"), "{found:?}");
        // A plural choice English does not make is checked too.
        let found = problems(
            "m = Wait { $minutes } minutes\n",
            "m = Czekaj { $minutes ->\n  [one] { $minutes } minutę\n *[other] { $minutes } minut\n}\n",
        );
        assert!(found[0].contains("plural forms of $minutes"), "{found:?}");
    }

    #[test]
    fn a_language_without_a_readable_locale_file_is_reported() {
        let dir = folder("a = Hello\n", "a = Cześć\n");
        std::fs::write(dir.path().join("pl/locale.toml"), "reviewd = true\n").unwrap();
        let found = check(dir.path(), Locale::Pl).problems;
        assert!(found[0].contains("unknown field"), "{found:?}");
        std::fs::remove_file(dir.path().join("pl/locale.toml")).unwrap();
        let found = check(dir.path(), Locale::Pl).problems;
        assert!(found[0].starts_with("locale.toml missing"), "{found:?}");
    }

    #[test]
    fn a_file_that_does_not_parse_is_reported() {
        let found = problems("a = Hello\n", "a = Hello {\n");
        assert!(found[0].contains("does not parse"), "{found:?}");
    }

    #[test]
    fn the_shipped_translations_are_complete() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let reports = check_all(&dir);
        assert_eq!(reports.len(), Locale::ALL.len() - 1);
        assert!(
            reports.iter().all(Report::is_complete),
            "{}",
            describe(&reports)
        );
    }
}
