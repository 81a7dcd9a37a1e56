//! The address question (find by postcode, or type it in) and "add another" lists, without
//! JavaScript and through the API.

mod support;

use support::{config, repo, TestServer, Visitor};

const PEST: &str = "/request-pest-control";
const BULKY: &str = "/request-bulky-waste-collection";

async fn at_pest_address(v: &mut Visitor) {
    v.post_form(&format!("{PEST}/pest"), &[("pest", "rats")])
        .await
        .redirects_to(&format!("{PEST}/where"));
    v.post_form(&format!("{PEST}/where"), &[("where", "garden")])
        .await
        .redirects_to(&format!("{PEST}/address"));
}

#[tokio::test]
async fn find_address_lists_the_addresses_for_a_postcode_and_one_can_be_chosen() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_pest_address(&mut v).await;
    let page = format!("{PEST}/address");

    let found = v
        .post_form(
            &page,
            &[
                ("find-address", "address"),
                ("address-postcode", "se15 5dq"),
            ],
        )
        .await;
    assert_eq!(found.status, 200);
    assert!(
        found.body.contains("6 addresses found for SE15 5DQ"),
        "{}",
        found.body
    );
    assert!(found.body.contains("Flat 2, 14 Rye Lane, London, SE15 5DQ"));
    assert_eq!(
        found.input_value("address-postcode").as_deref(),
        Some("se15 5dq")
    );

    v.post_form(
        &page,
        &[
            ("address-choice", "Flat 2\n14 Rye Lane\nLondon\nSE15 5DQ"),
            ("address-postcode", "se15 5dq"),
        ],
    )
    .await
    .redirects_to(&format!("{PEST}/benefits"));
    let draft = v.get(&format!("/api/v1/services{PEST}/draft")).await.json();
    assert_eq!(
        draft["answers"]["address"],
        serde_json::json!({"line-1": "Flat 2", "line-2": "14 Rye Lane", "town": "London", "postcode": "SE15 5DQ"})
    );

    // Coming back, the chosen address is in the boxes, ready to change.
    let again = v.get(&page).await;
    assert_eq!(
        again.input_value("address-line-1").as_deref(),
        Some("Flat 2")
    );
    assert_eq!(again.input_value("address-town").as_deref(), Some("London"));
    server.stop().await;
}

#[tokio::test]
async fn an_address_can_always_be_typed_in_and_each_missing_part_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_pest_address(&mut v).await;
    let page = format!("{PEST}/address");

    let nothing = v.post_form(&page, &[]).await;
    assert_eq!(nothing.status, 422);
    assert!(nothing.body.contains("href=\"#address-line-1\""));
    assert!(nothing.body.contains("Enter your address"));

    let partial = v
        .post_form(
            &page,
            &[("address-line-2", "Flat 9"), ("address-postcode", "SE15")],
        )
        .await;
    assert_eq!(partial.status, 422);
    for (target, message) in [
        (
            "address-line-1",
            "Enter address line 1, usually the building and street",
        ),
        ("address-town", "Enter the town or city"),
        (
            "address-postcode",
            "Enter a full UK postcode, like SE15 5DQ",
        ),
    ] {
        assert!(
            partial.body.contains(&format!("href=\"#{target}\"")),
            "{target}"
        );
        assert!(
            partial.body.contains(&format!("id=\"{target}-error\"")),
            "{target}"
        );
        assert!(partial.body.contains(message), "{message}");
    }
    assert_eq!(
        partial.input_value("address-line-2").as_deref(),
        Some("Flat 9")
    );
    assert_eq!(
        partial.input_value("address-postcode").as_deref(),
        Some("SE15")
    );

    // A postcode the lookup does not know: say so, and keep going by typing it in.
    let unknown = v
        .post_form(
            &page,
            &[("find-address", "address"), ("address-postcode", "SE1 2QH")],
        )
        .await;
    assert!(unknown
        .body
        .contains("We could not find an address for SE1 2QH"));
    let bad = v
        .post_form(
            &page,
            &[("find-address", "address"), ("address-postcode", "not one")],
        )
        .await;
    assert_eq!(bad.status, 422);
    assert!(bad.body.contains("Enter a full UK postcode"));

    v.post_form(
        &page,
        &[
            ("address-line-1", "2 New Street"),
            ("address-town", "London"),
            ("address-postcode", "se1 2qh"),
        ],
    )
    .await
    .redirects_to(&format!("{PEST}/benefits"));
    let draft = v.get(&format!("/api/v1/services{PEST}/draft")).await.json();
    assert_eq!(
        draft["answers"]["address"],
        serde_json::json!({"line-1": "2 New Street", "line-2": "", "town": "London", "postcode": "SE1 2QH"})
    );
    server.stop().await;
}

#[tokio::test]
async fn without_a_lookup_the_address_is_typed_in() {
    let dir = tempfile::tempdir().unwrap();
    let mut settings = config(&dir.path().join("db.sqlite"), &repo().join("services"));
    settings.address_file = "none".into();
    let server = TestServer::start_with(settings).await;
    let mut v = Visitor::new(&server);
    at_pest_address(&mut v).await;
    let reply = v
        .post_form(
            &format!("{PEST}/address"),
            &[
                ("find-address", "address"),
                ("address-postcode", "SE15 5DQ"),
            ],
        )
        .await;
    assert_eq!(reply.status, 200);
    assert!(reply
        .body
        .contains("We cannot look up addresses at the moment"));
    server.stop().await;
}

#[tokio::test]
async fn the_api_finds_addresses_by_postcode() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let found = v
        .get("/api/v1/addresses?postcode=se154qy&question=home")
        .await;
    assert_eq!(found.status, 200);
    let json = found.json();
    assert_eq!(json["postcode"], "SE15 4QY");
    assert_eq!(json["question"], "home");
    let addresses = json["addresses"].as_array().unwrap();
    assert_eq!(addresses.len(), 4);
    // A comma inside a quoted CSV field stays in the line.
    assert!(addresses
        .iter()
        .any(|a| a == "The Old Forge, 7 Bellenden Road\n\nLondon\nSE15 4QY"));

    let bad = v.get("/api/v1/addresses?postcode=nope&question=home").await;
    assert_eq!(bad.status, 422);
    assert_eq!(bad.json()["error"]["fields"][0]["target"], "home-postcode");
    server.stop().await;
}

#[tokio::test]
async fn items_are_added_and_removed_one_at_a_time_and_saved_as_they_go() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let page = format!("{BULKY}/items");

    // Continue with nothing on the list.
    let empty = v.post_form(&page, &[]).await;
    assert_eq!(empty.status, 422);
    assert!(empty.body.contains("Enter an item you need us to collect"));
    // Add with nothing typed.
    let nothing = v
        .post_form(&page, &[("add-item", "items"), ("items", "  ")])
        .await;
    assert_eq!(nothing.status, 422);

    v.post_form(&page, &[("add-item", "items"), ("items", "Sofa")])
        .await
        .redirects_to(&page);
    let one = v.get(&page).await;
    assert!(one.body.contains("You have added 1 item"));
    assert!(one.body.contains("name=\"items-item-1\" value=\"Sofa\""));
    assert_eq!(one.input_value("items").as_deref(), Some(""));

    v.post_form(
        &page,
        &[
            ("add-item", "items"),
            ("items-item-1", "Sofa"),
            ("items", "Fridge freezer"),
        ],
    )
    .await
    .redirects_to(&page);
    v.post_form(
        &page,
        &[
            ("add-item", "items"),
            ("items-item-1", "Sofa"),
            ("items-item-2", "Fridge freezer"),
            ("items", "Wardrobe"),
        ],
    )
    .await
    .redirects_to(&page);
    let three = v.get(&page).await;
    assert!(three.body.contains("You have added 3 items"));
    // Each Remove button says which item it removes, for screen readers.
    assert!(three
        .body
        .contains("Remove<span class=\"govuk-visually-hidden\"> Fridge freezer</span>"));

    v.post_form(
        &page,
        &[
            ("remove-item", "items-item-2"),
            ("items-item-1", "Sofa"),
            ("items-item-2", "Fridge freezer"),
            ("items-item-3", "Wardrobe"),
        ],
    )
    .await
    .redirects_to(&page);
    let draft = v
        .get(&format!("/api/v1/services{BULKY}/draft"))
        .await
        .json();
    assert_eq!(
        draft["answers"]["items"],
        serde_json::json!(["Sofa", "Wardrobe"])
    );

    // Continue, with one more still typed in the box: it is added too.
    v.post_form(
        &page,
        &[
            ("items-item-1", "Sofa"),
            ("items-item-2", "Wardrobe"),
            ("items", "Bed frame"),
        ],
    )
    .await
    .redirects_to(&format!("{BULKY}/address"));
    let draft = v
        .get(&format!("/api/v1/services{BULKY}/draft"))
        .await
        .json();
    assert_eq!(
        draft["answers"]["items"],
        serde_json::json!(["Sofa", "Wardrobe", "Bed frame"])
    );

    // Removing every item leaves the page unanswered: the next page cannot be reached.
    for _ in 0..3 {
        let draft = v
            .get(&format!("/api/v1/services{BULKY}/draft"))
            .await
            .json();
        let items: Vec<String> = serde_json::from_value(draft["answers"]["items"].clone()).unwrap();
        let mut fields: Vec<(String, String)> = items
            .iter()
            .enumerate()
            .map(|(i, item)| (format!("items-item-{}", i + 1), item.clone()))
            .collect();
        fields.push(("remove-item".into(), "items-item-1".into()));
        let borrowed: Vec<(&str, &str)> = fields
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        v.post_form(&page, &borrowed).await.redirects_to(&page);
        if items.len() == 1 {
            break;
        }
    }
    let draft = v
        .get(&format!("/api/v1/services{BULKY}/draft"))
        .await
        .json();
    assert!(draft["answers"].get("items").is_none(), "{draft}");
    v.get(&format!("{BULKY}/address")).await.redirects_to(&page);
    server.stop().await;
}

#[tokio::test]
async fn a_list_refuses_more_items_than_the_definition_allows() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    let names: Vec<String> = (1..=10).map(|n| format!("items-item-{n}")).collect();
    let mut fields: Vec<(&str, &str)> = names.iter().map(|n| (n.as_str(), "Chair")).collect();
    fields.push(("add-item", "items"));
    fields.push(("items", "One chair too many"));
    let full = v.post_form(&format!("{BULKY}/items"), &fields).await;
    assert_eq!(full.status, 422);
    assert!(full
        .body
        .contains("You can book up to 10 items in one collection"));
    // What was typed is kept.
    assert_eq!(
        full.input_value("items").as_deref(),
        Some("One chair too many")
    );
    server.stop().await;
}

#[tokio::test]
async fn lists_and_addresses_are_shown_line_by_line_on_check_your_answers() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    v.post_form(&format!("{BULKY}/items"), &[("items", "Sofa")])
        .await;
    v.post_form(
        &format!("{BULKY}/items"),
        &[("items-item-1", "Sofa"), ("items", "Table")],
    )
    .await;
    v.post_form(
        &format!("{BULKY}/address"),
        &[("address-choice", "16 Rye Lane\n\nLondon\nSE15 5DQ")],
    )
    .await
    .redirects_to(&format!("{BULKY}/contact"));
    v.post_form(&format!("{BULKY}/contact"), &[("email", "a@example.com")])
        .await
        .redirects_to(&format!("{BULKY}/check-answers"));
    let check = v.get(&format!("{BULKY}/check-answers")).await;
    assert!(check.body.contains("Sofa\nTable"), "{}", check.body);
    assert!(check.body.contains("16 Rye Lane\nLondon\nSE15 5DQ"));
    server.stop().await;
}

#[tokio::test]
async fn find_address_without_a_postcode_says_to_enter_one() {
    let dir = tempfile::tempdir().unwrap();
    let server = TestServer::start(&dir.path().join("db.sqlite")).await;
    let mut v = Visitor::new(&server);
    at_pest_address(&mut v).await;
    let page = format!("{PEST}/address");
    let shown = v
        .post_form(
            &page,
            &[
                ("find-address", "address"),
                ("address-postcode", ""),
                ("address-line-1", "12 Peckham Road"),
            ],
        )
        .await;
    assert_eq!(shown.status, 422);
    assert!(
        shown
            .body
            .contains("<a href=\"#address-postcode\">Enter a postcode</a>"),
        "in the summary: {}",
        shown.body
    );
    assert!(
        shown.body.contains("Error:</span> Enter a postcode</p>"),
        "by the field"
    );
    assert_eq!(
        shown.input_value("address-line-1").as_deref(),
        Some("12 Peckham Road"),
        "what was typed is kept"
    );
    server.stop().await;
}
