//! Telegram update → [`Inbound`]. Pure translation: it owns which update kinds mean what
//! (text, button, media, edit, group) and must not touch the network, the store or logs
//! with content.

use teloxide::types::{Message, Update, UpdateKind};

use super::{CHANNEL, DOWNLOAD_LIMIT};
use crate::conversation::{Attachment, Inbound};
use crate::flow::{Input, MediaKind};

/// Prefix of the callback data of choice buttons: `c:<menu tag>:<index>` (well under
/// Telegram's 64 bytes; `c:<index>` before menus were tagged).
pub const CHOICE_PREFIX: &str = "c:";

/// The callback data of option `index` of the menu tagged `menu` (`None`: an untagged text).
pub fn button_data(menu: Option<&str>, index: usize) -> String {
    match menu {
        Some(menu) => format!("{CHOICE_PREFIX}{menu}:{index}"),
        None => format!("{CHOICE_PREFIX}{index}"),
    }
}

/// A button press as the engine reads it. `c:<tag>:<n>` names its menu; an untagged
/// `c:<n>` (sent before menus were tagged) names none, so the engine treats it as old;
/// anything else (a forged button) reads as an option that does not exist, which the
/// engine answers with the valid range.
fn pressed(data: Option<&str>) -> Input {
    let Some(rest) = data.and_then(|d| d.strip_prefix(CHOICE_PREFIX)) else {
        return Input::Choice(u32::MAX);
    };
    let (menu, index) = rest.rsplit_once(':').unwrap_or(("", rest));
    match index.parse::<u32>() {
        Ok(index) => Input::Button {
            menu: menu.to_owned(),
            index,
        },
        Err(_) => Input::Choice(u32::MAX),
    }
}

/// What an update asks of the channel.
#[derive(Debug, Clone, PartialEq)]
pub enum Translation {
    /// A person wrote in a private chat.
    Inbound(Inbound),
    /// A person pressed a button; the query must be answered once the turn is stored.
    Button {
        /// The press, as a choice.
        inbound: Inbound,
        /// The callback query to answer.
        query_id: String,
    },
    /// The bot was added to a group or channel: it does not converse there.
    LeaveGroup {
        /// The group's chat id.
        chat_id: i64,
    },
    /// Nothing for a conversation (service messages, reactions, unknown kinds…).
    Ignore(&'static str),
}

/// What a Telegram update means for Varco. Pure: no network, store or logs.
pub fn translate(update: &Update) -> Translation {
    let update_id = update.id.0.to_string();
    match &update.kind {
        UpdateKind::Message(msg) => message(msg, update_id, false),
        UpdateKind::EditedMessage(msg) => message(msg, update_id, true),
        UpdateKind::CallbackQuery(q) => {
            let Some(chat) = q.message.as_ref().map(|m| m.chat()) else {
                return Translation::Ignore("callback without a message");
            };
            if !chat.is_private() {
                return Translation::LeaveGroup { chat_id: chat.id.0 };
            }
            Translation::Button {
                inbound: Inbound {
                    channel: CHANNEL.into(),
                    chat: chat.id.0.to_string(),
                    update_id,
                    input: pressed(q.data.as_deref()),
                    lang_hint: q.from.language_code.clone(),
                    message_id: None,
                    attachment: None,
                },
                query_id: q.id.0.clone(),
            }
        }
        UpdateKind::ChannelPost(msg) | UpdateKind::EditedChannelPost(msg) => {
            Translation::LeaveGroup { chat_id: msg.chat.id.0 }
        }
        UpdateKind::Error(_) => Translation::Ignore("unknown update kind"),
        _ => Translation::Ignore("update kind without a conversation"),
    }
}

fn message(msg: &Message, update_id: String, edited: bool) -> Translation {
    if !msg.chat.is_private() {
        return Translation::LeaveGroup { chat_id: msg.chat.id.0 };
    }
    let input = if edited {
        Input::Media(MediaKind::Edited)
    } else if let Some(text) = msg.text() {
        Input::Text(text.to_owned())
    } else if msg.photo().is_some() {
        Input::Media(MediaKind::Photo)
    } else if msg.voice().is_some() {
        Input::Media(MediaKind::Voice)
    } else if msg.audio().is_some() {
        Input::Media(MediaKind::Document)
    } else if msg.video().is_some() || msg.video_note().is_some() || msg.animation().is_some() {
        Input::Media(MediaKind::Video)
    } else if msg.document().is_some() {
        Input::Media(MediaKind::Document)
    } else if msg.sticker().is_some() {
        Input::Media(MediaKind::Sticker)
    } else if msg.location().is_some() {
        Input::Media(MediaKind::Location)
    } else if msg.contact().is_some() {
        Input::Media(MediaKind::Contact)
    } else if matches!(msg.kind, teloxide::types::MessageKind::Common(_)) {
        Input::Media(MediaKind::Other)
    } else {
        // Service messages (pins, auto-delete timer changes…) are not the person writing.
        return Translation::Ignore("service message");
    };
    Translation::Inbound(Inbound {
        channel: CHANNEL.into(),
        chat: msg.chat.id.0.to_string(),
        update_id,
        input,
        lang_hint: msg.from.as_ref().and_then(|u| u.language_code.clone()),
        message_id: Some(i64::from(msg.id.0)),
        attachment: if edited { None } else { attachment(msg) },
    })
}

/// The file of a photo, voice note, audio, video (also round video notes and GIFs) or
/// document message, by reference. A file
/// over the Bot API's download limit is marked as such: it can be announced, not fetched.
fn attachment(msg: &Message) -> Option<Attachment> {
    let (kind, file, name, mime) = if let Some(sizes) = msg.photo() {
        // The largest size Telegram made of it.
        let best = sizes.iter().max_by_key(|p| u64::from(p.width) * u64::from(p.height))?;
        (MediaKind::Photo, &best.file, None, Some("image/jpeg".to_owned()))
    } else if let Some(v) = msg.voice() {
        let mime = v.mime_type.as_ref().map(ToString::to_string);
        (MediaKind::Voice, &v.file, None, mime)
    } else if let Some(a) = msg.audio() {
        let mime = a.mime_type.as_ref().map(ToString::to_string);
        (MediaKind::Document, &a.file, a.file_name.clone(), mime)
    } else if let Some(v) = msg.video() {
        let mime = v.mime_type.as_ref().map(ToString::to_string);
        (MediaKind::Video, &v.file, v.file_name.clone(), mime)
    } else if let Some(v) = msg.video_note() {
        (MediaKind::Video, &v.file, None, Some("video/mp4".to_owned()))
    } else if let Some(a) = msg.animation() {
        // An animation also carries `document`; it is a (silent) video.
        let mime = a.mime_type.as_ref().map(ToString::to_string);
        (MediaKind::Video, &a.file, a.file_name.clone(), mime)
    } else if let Some(d) = msg.document() {
        let mime = d.mime_type.as_ref().map(ToString::to_string);
        (MediaKind::Document, &d.file, d.file_name.clone(), mime)
    } else {
        return None;
    };
    // teloxide reads a missing `file_size` as u32::MAX: unknown, not huge.
    let size = (file.size != u32::MAX).then_some(u64::from(file.size));
    Some(Attachment {
        kind,
        origin: CHANNEL.into(),
        reference: file.id.0.clone(),
        name,
        mime,
        size,
        caption: msg.caption().map(str::to_owned),
        exceeds: size.filter(|s| *s > DOWNLOAD_LIMIT).map(|_| DOWNLOAD_LIMIT),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn update(json: serde_json::Value) -> Update {
        // teloxide's update parsing needs the text form (from_value silently yields
        // `UpdateKind::Error`), as on the wire.
        serde_json::from_str(&json.to_string()).expect("valid update json")
    }

    fn private_message(extra: serde_json::Value) -> serde_json::Value {
        let mut m = serde_json::json!({
            "message_id": 7,
            "date": 1_790_000_000,
            "chat": {"id": 42, "type": "private", "first_name": "A"},
            "from": {"id": 42, "is_bot": false, "first_name": "A", "language_code": "it"}
        });
        m.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        m
    }

    #[test]
    fn text_becomes_inbound_with_hint_and_message_id() {
        let u = update(
            serde_json::json!({"update_id": 5, "message": private_message(serde_json::json!({"text": "ciao"}))}),
        );
        let Translation::Inbound(i) = translate(&u) else {
            panic!()
        };
        assert_eq!((i.chat.as_str(), i.update_id.as_str()), ("42", "5"));
        assert_eq!(i.input, Input::Text("ciao".into()));
        assert_eq!(i.lang_hint.as_deref(), Some("it"));
        assert_eq!(i.message_id, Some(7));
    }

    #[test]
    fn sticker_is_media_and_edit_is_edit() {
        let sticker = serde_json::json!({"sticker": {"file_id": "x", "file_unique_id": "y", "type": "regular",
            "width": 1, "height": 1, "is_animated": false, "is_video": false}});
        let u = update(serde_json::json!({"update_id": 6, "message": private_message(sticker)}));
        let Translation::Inbound(i) = translate(&u) else {
            panic!()
        };
        assert_eq!(i.input, Input::Media(MediaKind::Sticker));
        let u = update(serde_json::json!({"update_id": 7, "edited_message":
            private_message(serde_json::json!({"text": "x", "edit_date": 1_790_000_001}))}));
        let Translation::Inbound(i) = translate(&u) else {
            panic!()
        };
        assert_eq!(i.input, Input::Media(MediaKind::Edited));
    }

    #[test]
    fn a_photo_is_passed_by_its_largest_size_and_a_huge_file_is_marked() {
        let photo = serde_json::json!({"caption": "look", "photo": [
            {"file_id": "small", "file_unique_id": "s", "width": 90, "height": 60, "file_size": 900},
            {"file_id": "large", "file_unique_id": "l", "width": 900, "height": 600, "file_size": 90000}]});
        let u = update(serde_json::json!({"update_id": 10, "message": private_message(photo)}));
        let Translation::Inbound(i) = translate(&u) else {
            panic!()
        };
        assert_eq!(i.input, Input::Media(MediaKind::Photo));
        let a = i.attachment.expect("a photo has a file");
        assert_eq!(
            (a.reference.as_str(), a.size, a.caption.as_deref()),
            ("large", Some(90000), Some("look"))
        );
        assert_eq!((a.origin.as_str(), a.exceeds), (CHANNEL, None));

        let doc = serde_json::json!({"document": {"file_id": "d", "file_unique_id": "u", "file_name": "scan.pdf",
            "mime_type": "application/pdf", "file_size": DOWNLOAD_LIMIT + 1}});
        let u = update(serde_json::json!({"update_id": 11, "message": private_message(doc)}));
        let Translation::Inbound(i) = translate(&u) else {
            panic!()
        };
        let a = i.attachment.expect("a document has a file");
        assert_eq!((a.kind, a.name.as_deref()), (MediaKind::Document, Some("scan.pdf")));
        assert_eq!(a.exceeds, Some(DOWNLOAD_LIMIT));

        let round = serde_json::json!({"video_note": {"file_id": "vn", "file_unique_id": "u", "length": 240,
            "duration": 3, "file_size": 5000}});
        let u = update(serde_json::json!({"update_id": 12, "message": private_message(round)}));
        let Translation::Inbound(i) = translate(&u) else {
            panic!()
        };
        assert_eq!(i.input, Input::Media(MediaKind::Video));
        assert_eq!(i.attachment.map(|a| a.reference), Some("vn".to_owned()));
    }

    #[test]
    fn group_message_means_leave() {
        let u = update(serde_json::json!({"update_id": 8, "message": {
            "message_id": 1, "date": 1_790_000_000,
            "chat": {"id": -100, "type": "group", "title": "G"},
            "from": {"id": 42, "is_bot": false, "first_name": "A"}, "text": "hi"}}));
        assert_eq!(translate(&u), Translation::LeaveGroup { chat_id: -100 });
    }

    #[test]
    fn forged_callback_data_is_an_impossible_choice() {
        let u = update(serde_json::json!({"update_id": 9, "callback_query": {
            "id": "q1", "chat_instance": "ci", "data": "drop table",
            "from": {"id": 42, "is_bot": false, "first_name": "A"},
            "message": private_message(serde_json::json!({"text": "menu"}))}}));
        let Translation::Button { inbound, query_id } = translate(&u) else {
            panic!()
        };
        assert_eq!(inbound.input, Input::Choice(u32::MAX));
        assert_eq!(query_id, "q1");
    }

    #[test]
    fn a_button_names_its_menu_and_an_untagged_one_names_none() {
        assert_eq!(button_data(Some("0a1b2c3d"), 2), "c:0a1b2c3d:2");
        assert!(button_data(Some("ffffffff"), usize::MAX).len() <= 64);
        let button = |menu: &str, index| Input::Button {
            menu: menu.to_owned(),
            index,
        };
        assert_eq!(pressed(Some("c:0a1b2c3d:2")), button("0a1b2c3d", 2));
        assert_eq!(pressed(Some("c:3")), button("", 3));
        assert_eq!(pressed(Some("c:0a1b2c3d:x")), Input::Choice(u32::MAX));
        assert_eq!(pressed(None), Input::Choice(u32::MAX));
    }
}
