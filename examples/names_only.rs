//! Times the stages of the name recogniser on a file, for profiling: `names_only FILE [RUNS]`.
use std::time::Instant;
use textlens::recognize::names::{self, features::DocContext, model::Model, tokens};

fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let runs: usize = std::env::args()
        .nth(2)
        .and_then(|r| r.parse().ok())
        .unwrap_or(10);
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let best = |name: &str, f: &dyn Fn() -> usize| {
        let mut b = f64::INFINITY;
        let mut n = 0;
        for _ in 0..runs {
            let t = Instant::now();
            n = f();
            b = b.min(t.elapsed().as_secs_f64());
        }
        println!("{name:<24} {:>7.1} ms ({n})", b * 1e3);
    };
    if std::env::args().nth(3).as_deref() == Some("tags") {
        let p = names::prepare(&text);
        let v = p.views();
        let doc = DocContext::new(&v);
        let model = Model::get();
        let (mut feats, mut t) = (Vec::new(), Vec::new());
        for view in &v {
            names::tag(view, &doc, &mut feats, &mut t, |_, f| {
                let s = model.scores(f);
                println!("{s:?}");
                [
                    s[0] as f32,
                    s[1] as f32,
                    s[2] as f32,
                    s[3] as f32,
                    s[4] as f32,
                ]
            });
            let words: Vec<String> = view
                .tokens
                .iter()
                .zip(&t)
                .map(|(w, g)| format!("{}/{g}", w.text))
                .collect();
            println!("{}", words.join(" "));
        }
        return;
    }
    if std::env::args().nth(3).as_deref() == Some("find") {
        best("names::find", &|| names::find(&text).len());
        return;
    }
    best("sentences", &|| textlens::segment::sentences(&text).len());
    best("tokenize", &|| {
        textlens::segment::sentences(&text)
            .into_iter()
            .map(|r| tokens::tokenize(&text[r.clone()], r.start).len())
            .sum()
    });
    best("prepare", &|| names::prepare(&text).views().len());
    best("prepare+doc", &|| {
        let p = names::prepare(&text);
        let v = p.views();
        DocContext::new(&v);
        v.len()
    });
    best("prepare+doc+tag", &|| {
        let p = names::prepare(&text);
        let v = p.views();
        let doc = DocContext::new(&v);
        let model = Model::get();
        let mut feats = Vec::new();
        let mut k = 0;
        let mut t = Vec::new();
        for view in &v {
            names::tag(view, &doc, &mut feats, &mut t, |_, f| {
                let s = model.scores(f);
                [
                    s[0] as f32,
                    s[1] as f32,
                    s[2] as f32,
                    s[3] as f32,
                    s[4] as f32,
                ]
            });
            k += t.iter().filter(|&&x| x != 0).count();
        }
        k
    });
    best("names::find", &|| names::find(&text).len());
    let mut sum: u64 = 0;
    for c in names::find(&text) {
        sum = sum
            .wrapping_mul(1_000_003)
            .wrapping_add((c.start * 7 + c.end * 13) as u64 + c.label.to_string().len() as u64);
    }
    println!("checksum {sum}");
}
