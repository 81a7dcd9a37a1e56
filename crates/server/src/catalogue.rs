//! The council's services, loaded from `services/*.toml` with their messages from
//! `locales/<lang>/services/<id>.ftl`, and checked before the server starts.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use frontdoor_app::i18n::{I18n, Locale};
use frontdoor_app::state::ServiceCard;
use frontdoor_domain::ServiceDefinition;

pub struct Catalogue {
    /// Shared with each page that shows one, not copied for it.
    services: Vec<Arc<ServiceDefinition>>,
    /// The form a resident edits their saved details with (not a service: nothing is sent).
    your_details: Arc<ServiceDefinition>,
    /// A service's Fluent source per language; Welsh falls back to English message by message.
    messages: HashMap<(Locale, String), String>,
    /// Every message in each language, for the server's own use (API error text, the catalogue).
    i18n: HashMap<Locale, I18n>,
}

/// The "your details" form, built in.
const YOUR_DETAILS: &str = include_str!("your_details.toml");

impl Catalogue {
    /// The form a resident edits their saved details with.
    pub fn your_details(&self) -> &Arc<ServiceDefinition> {
        &self.your_details
    }

    /// Loads and checks every definition. Each problem names the file, the field and the reason.
    pub fn load(services_dir: &Path, locales_dir: &Path) -> Result<Catalogue, Vec<String>> {
        let mut problems = Vec::new();
        let mut files: Vec<_> = std::fs::read_dir(services_dir)
            .map_err(|e| {
                vec![format!(
                    "{}: cannot read the folder: {e}",
                    services_dir.display()
                )]
            })?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "toml"))
            .collect();
        files.sort();

        let mut services = Vec::new();
        let mut messages = HashMap::new();
        for file in files {
            let name = file.display().to_string();
            let definition: ServiceDefinition = match std::fs::read_to_string(&file)
                .map_err(|e| e.to_string())
                .and_then(|text| toml::from_str(&text).map_err(|e| e.to_string()))
            {
                Ok(d) => d,
                Err(reason) => {
                    problems.push(format!("{name}: {}", reason.trim()));
                    continue;
                }
            };
            if let Err(list) = definition.check() {
                problems.extend(list.into_iter().map(|p| format!("{name}: {p}")));
            }
            if file
                .file_stem()
                .is_some_and(|s| s != definition.id.as_str())
            {
                problems.push(format!(
                    "{name}: id: \"{}\" must match the file name",
                    definition.id
                ));
            }
            for locale in Locale::ALL {
                let ftl = locales_dir
                    .join(locale.tag())
                    .join("services")
                    .join(format!("{}.ftl", definition.id));
                match std::fs::read_to_string(&ftl) {
                    Ok(source) => {
                        messages.insert((locale, definition.id.clone()), source);
                    }
                    Err(_) if locale != Locale::EnGb => {}
                    Err(e) => problems.push(format!(
                        "{name}: messages: cannot read {}: {e}",
                        ftl.display()
                    )),
                }
            }
            services.push(Arc::new(definition));
        }
        if services.is_empty() && problems.is_empty() {
            problems.push(format!(
                "{}: no service definitions (*.toml) found",
                services_dir.display()
            ));
        }

        let your_details: ServiceDefinition =
            toml::from_str(YOUR_DETAILS).map_err(|e| vec![format!("your_details.toml: {e}")])?;
        if let Err(list) = your_details.check() {
            problems.extend(list.into_iter().map(|p| format!("your_details.toml: {p}")));
        }
        let mut catalogue = Catalogue {
            your_details: Arc::new(your_details),
            services,
            messages,
            i18n: HashMap::new(),
        };
        for locale in Locale::ALL {
            let sources: Vec<String> = catalogue
                .services
                .iter()
                .map(|s| catalogue.service_messages(locale, &s.id))
                .collect();
            let refs: Vec<&str> = sources.iter().map(String::as_str).collect();
            let reviewed = match read_locale_file(locales_dir, locale) {
                // English is the source every translation is made from.
                Ok(_) if locale == Locale::EnGb => true,
                Ok(file) => file.reviewed,
                Err(problem) => {
                    problems.push(problem);
                    false
                }
            };
            catalogue
                .i18n
                .insert(locale, I18n::new(locale, &refs).reviewed(reviewed));
        }
        let english = catalogue.i18n(Locale::EnGb);
        for id in catalogue.your_details.message_ids() {
            if !english.has(&id) {
                problems.push(format!(
                    "your_details.toml: message \"{id}\" is missing from locales/en-GB/common.ftl"
                ));
            }
        }
        for service in &catalogue.services {
            for id in service.message_ids() {
                if !english.has(&id) {
                    problems.push(format!(
                        "services/{}.toml: message \"{id}\" is missing from locales/en-GB",
                        service.id
                    ));
                }
            }
        }
        if problems.is_empty() {
            Ok(catalogue)
        } else {
            Err(problems)
        }
    }

    pub fn services(&self) -> &[Arc<ServiceDefinition>] {
        &self.services
    }

    pub fn service(&self, id: &str) -> Option<&Arc<ServiceDefinition>> {
        self.services.iter().find(|s| s.id == id)
    }

    /// Answers saved when each was one string, read by the service's questions; those of a
    /// service since removed are kept as text.
    pub fn upgrade_answers(
        &self,
        service: &str,
        saved: std::collections::BTreeMap<String, String>,
    ) -> frontdoor_domain::Answers {
        match self.service(service) {
            Some(def) => def.upgrade_answers(saved),
            None => saved
                .into_iter()
                .map(|(k, v)| (k, v.as_str().into()))
                .collect(),
        }
    }

    /// The Fluent source for a service in a language: its fallbacks' messages first (English),
    /// then the language's own on top, so a missing translation shows English, not nothing.
    pub fn service_messages(&self, locale: Locale, id: &str) -> String {
        let mut chain = locale.chain();
        chain.reverse();
        chain
            .into_iter()
            .filter_map(|l| self.messages.get(&(l, id.to_string())))
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join("\n")
    }

    pub fn i18n(&self, locale: Locale) -> &I18n {
        &self.i18n[&locale]
    }

    pub fn cards(&self, locale: Locale) -> Vec<ServiceCard> {
        let i18n = self.i18n(locale);
        self.services
            .iter()
            .map(|s| ServiceCard {
                id: s.id.clone(),
                category: s.category,
                title: i18n.t(&s.title_id()),
                summary: i18n.t(&s.summary_id()),
            })
            .collect()
    }

    /// Services whose title, summary or keywords (`<prefix>-keywords`) in this language contain
    /// every word searched for.
    pub fn search(&self, locale: Locale, query: &str) -> Vec<ServiceCard> {
        let i18n = self.i18n(locale);
        let words: Vec<String> = query.split_whitespace().map(str::to_lowercase).collect();
        self.cards(locale)
            .into_iter()
            .zip(&self.services)
            .filter(|(card, service)| {
                let keywords_id = format!("{}-keywords", service.messages);
                let keywords = if i18n.has(&keywords_id) {
                    i18n.t(&keywords_id)
                } else {
                    String::new()
                };
                let text = format!("{} {} {keywords}", card.title, card.summary).to_lowercase();
                words.iter().all(|w| text.contains(w.as_str()))
            })
            .map(|(card, _)| card)
            .collect()
    }
}

/// `locales/<tag>/locale.toml`: what is known about a translation's quality.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct LocaleFile {
    /// Whether a qualified translator has checked every message.
    pub reviewed: bool,
    /// Messages the language rightly writes as English does ("Status" in Polish), which the
    /// translation check would otherwise report as untranslated.
    #[serde(default)]
    pub same_as_english: Vec<String>,
}

/// A language's `locale.toml`. Without one a translation counts as unchecked (the translation
/// check reports it missing); one that does not parse is refused.
pub fn read_locale_file(locales_dir: &Path, locale: Locale) -> Result<LocaleFile, String> {
    let path = locales_dir.join(locale.tag()).join("locale.toml");
    match std::fs::read_to_string(&path) {
        Ok(text) => toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(LocaleFile {
            reviewed: false,
            same_as_english: vec![],
        }),
        Err(e) => Err(format!("{}: cannot read: {e}", path.display())),
    }
}
