//! Linking: gathers mentions of the same thing into one entity.

use std::collections::HashMap;

use crate::analysis::{Entity, Mention};
use crate::label::Label;

/// Assigns each mention an entity id and returns the entities, ordered by first mention.
///
/// Mentions with the same label and the same text, ignoring case, are one entity; its name is the
/// first form seen.
///
/// ```
/// use textlens::{Label, Mention, link::link};
/// let m = |text: &str| Mention { start: 0, end: 0, text: text.into(), label: Label::Email, entity: 0, value: None };
/// let mut mentions = vec![m("a@x.io"), m("b@x.io"), m("A@X.io")];
/// let entities = link(&mut mentions);
/// assert_eq!(entities.len(), 2);
/// assert_eq!(mentions[2].entity, mentions[0].entity);
/// assert_eq!(entities[0].mentions, 2);
/// ```
pub fn link(mentions: &mut [Mention]) -> Vec<Entity> {
    let mut entities: Vec<Entity> = Vec::new();
    let mut index: HashMap<(Label, String), usize> = HashMap::new();
    for mention in mentions.iter_mut() {
        let key = (mention.label.clone(), mention.text.to_lowercase());
        let id = *index.entry(key).or_insert_with(|| {
            entities.push(Entity {
                id: entities.len(),
                label: mention.label.clone(),
                name: mention.text.clone(),
                mentions: 0,
            });
            entities.len() - 1
        });
        entities[id].mentions += 1;
        mention.entity = id;
    }
    entities
}
