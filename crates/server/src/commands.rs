//! The `frontdoor` program's commands besides serving: `check` (the service definitions),
//! `check-translations` (how complete each language is), `staff` (caseworkers) and
//! `api-key` (the keys a council's CRM or case system uses for the back-office API). Each returns
//! the program's exit code.

use frontdoor_domain::back_office::Scope;

use crate::catalogue::Catalogue;
use crate::config::Config;
use crate::db::Db;

/// `frontdoor check`: checks every service definition and its messages.
pub fn check(config: &Config) -> i32 {
    match Catalogue::load(&config.services_dir, &config.locales_dir) {
        Ok(c) => {
            println!("{} service definitions are valid", c.services().len());
            0
        }
        Err(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            1
        }
    }
}

/// `frontdoor check-translations`: each language's completeness against English, and every
/// gap; fails unless every shipped language is complete.
pub fn check_translations(config: &Config) -> i32 {
    let reports = crate::translations::check_all(&config.locales_dir);
    print!("{}", crate::translations::describe(&reports));
    if reports.iter().all(crate::translations::Report::is_complete) {
        0
    } else {
        1
    }
}

const API_KEY_USAGE: &str = "usage:
  frontdoor api-key add <name> --scope read[,update]
  frontdoor api-key list
  frontdoor api-key revoke <name>";

/// `frontdoor api-key add|list|revoke`.
pub async fn api_key(config: &Config, args: &[String]) -> i32 {
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let db = match Db::connect(&config.database_url, 1).await {
        Ok(db) => db,
        Err(e) => {
            eprintln!("cannot open the database: {e}");
            return 1;
        }
    };
    let done = match args.as_slice() {
        ["add", name, "--scope", scopes] | ["add", name, "--scopes", scopes] => {
            add_key(&db, name, scopes).await
        }
        ["list"] => list_keys(&db).await,
        ["revoke", name] => match db.revoke_api_key(name).await {
            Ok(true) => {
                println!("The API key \"{name}\" is revoked: it no longer works.");
                Ok(0)
            }
            Ok(false) => {
                eprintln!("There is no API key \"{name}\" in use.");
                Ok(1)
            }
            Err(e) => Err(e),
        },
        _ => {
            eprintln!("{API_KEY_USAGE}");
            Ok(2)
        }
    };
    done.unwrap_or_else(|e| {
        eprintln!("database: {e}");
        1
    })
}

async fn add_key(db: &Db, name: &str, scopes: &str) -> Result<i32, sqlx::Error> {
    let Some(scopes) = Scope::parse_list(scopes) else {
        eprintln!("--scope must be read, update or read,update");
        return Ok(2);
    };
    let good_name = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    if !good_name {
        eprintln!("A key's name is up to 64 letters, digits, '-', '_' or '.' (e.g. crm-live).");
        return Ok(2);
    }
    let key = crate::tokens::random_api_key();
    // A plain SHA-256 is enough here (no salt, no slow hash): the key is 32 random bytes, so there
    // is nothing to guess by trying likely values, and a lookup by hash stays one indexed query.
    if !db
        .add_api_key(name, &crate::tokens::hash(&key), &scopes)
        .await?
    {
        eprintln!("An API key named \"{name}\" exists already (names are not reused).");
        return Ok(1);
    }
    println!(
        "Created the API key \"{name}\" with scope {}:",
        Scope::list(&scopes)
    );
    println!("{key}");
    println!("This key is shown only once: store it now. Only its hash is kept.");
    Ok(0)
}

async fn list_keys(db: &Db) -> Result<i32, sqlx::Error> {
    let keys = db.api_keys().await?;
    if keys.is_empty() {
        println!("No API keys.");
    }
    for k in keys {
        let created = frontdoor_domain::calendar::uk_local_iso_from_unix(k.created_at);
        let state = match k.revoked_at {
            Some(at) => format!(
                "revoked {}",
                frontdoor_domain::calendar::uk_local_iso_from_unix(at)
            ),
            None => "in use".into(),
        };
        println!(
            "{}\t{}\tcreated {created}\t{state}",
            k.name,
            Scope::list(&k.scopes)
        );
    }
    Ok(0)
}

/// `frontdoor staff add|remove|list`.
pub async fn staff(config: &Config, args: &[String]) -> i32 {
    let words: Vec<&str> = args.iter().map(String::as_str).collect();
    match staff_command(config, &words).await {
        Ok(said) => {
            println!("{said}");
            0
        }
        Err(problem) => {
            eprintln!("{problem}");
            1
        }
    }
}

/// `frontdoor staff ...`: caseworkers' accounts, from the command line. Returns what to print.
pub async fn staff_command(
    config: &crate::config::Config,
    words: &[&str],
) -> Result<String, String> {
    const USAGE: &str = "usage: frontdoor staff add <email> <name> | remove <email> | list";
    let db = Db::connect(&config.database_url, 1)
        .await
        .map_err(|e| format!("database: {e}"))?;
    let failed = |e: sqlx::Error| format!("database: {e}");
    match words {
        ["add", email, name @ ..] if !name.is_empty() => {
            let email = frontdoor_domain::contact::parse_email(email)
                .ok_or_else(|| format!("not an email address: {email}"))?;
            let id = format!("staff-{}", &crate::tokens::random_token()[..16]);
            match db
                .add_staff(&id, &email, &name.join(" "))
                .await
                .map_err(failed)?
            {
                true => Ok(format!(
                    "{email} can now sign in at {}",
                    frontdoor_domain::Route::StaffSignIn.path()
                )),
                false => Err(format!("{email} has an account already")),
            }
        }
        ["remove", email] => match db.remove_staff(email).await.map_err(failed)? {
            true => Ok(format!("{email} can no longer sign in")),
            false => Err(format!("{email} has no account")),
        },
        ["list"] => Ok(db
            .all_staff()
            .await
            .map_err(failed)?
            .into_iter()
            .map(|m| format!("{}\t{}", m.email, m.name))
            .collect::<Vec<_>>()
            .join("\n")),
        _ => Err(USAGE.into()),
    }
}
