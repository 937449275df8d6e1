//! Statistics throughput on at least 2 MB of English text, in MB/s, beside two baselines measured in
//! the same run: the naive sentence splitter, and a plain whitespace word count.
//!
//! ```text
//! cargo bench --bench stats -- [CORPUS.jsonl...]
//! ```
//!
//! The text is built from the `"text"` fields of the shared JSONL corpora (default: the wikigold,
//! CrossNER, GUM and re3d files beside the repository), repeated until it reaches 2 MiB.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{black_box, Criterion, Throughput};

    const MIN_BYTES: usize = 2 * 1024 * 1024;
    const DEFAULT_CORPORA: [&str; 4] = [
        "../shared/data/ner-dev/wikigold.jsonl",
        "../shared/data/ner-dev/crossner_dev.jsonl",
        "../shared/data/ner-train/gum_train.jsonl",
        "../shared/data/ner-dev/re3d_open.jsonl",
    ];

    fn corpus() -> String {
        let mut paths: Vec<String> = std::env::args()
            .skip(1)
            .filter(|a| a.ends_with(".jsonl"))
            .collect();
        if paths.is_empty() {
            let root = env!("CARGO_MANIFEST_DIR");
            paths = DEFAULT_CORPORA
                .iter()
                .map(|p| format!("{root}/{p}"))
                .collect();
        }
        let mut paragraphs = Vec::new();
        for path in &paths {
            let Ok(body) = std::fs::read_to_string(path) else {
                eprintln!("skipping {path}: cannot read it");
                continue;
            };
            for line in body.lines() {
                if let Ok(value) = serde_json::from_str::<serde_json::Value>(line) {
                    if let Some(text) = value["text"].as_str() {
                        paragraphs.push(text.to_string());
                    }
                }
            }
        }
        if paragraphs.is_empty() {
            paragraphs
                .push("The quick brown fox jumps over the lazy dog. Dr. Smith agreed.".into());
        }
        let mut text = String::new();
        while text.len() < MIN_BYTES {
            for p in &paragraphs {
                text.push_str(p);
                text.push_str("\n\n");
            }
        }
        text
    }

    pub fn run() {
        let text = corpus();
        eprintln!("corpus: {} bytes", text.len());
        let mut criterion = Criterion::default().sample_size(10).configure_from_args();
        let mut group = criterion.benchmark_group("stats");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_function("whitespace_word_count", |b| {
            b.iter(|| black_box(&text).split_whitespace().count())
        });
        group.bench_function("naive_sentences", |b| {
            b.iter(|| textlens::segment::naive_sentences(black_box(&text)).len())
        });
        group.bench_function("sentences", |b| {
            b.iter(|| textlens::segment::sentences(black_box(&text)).len())
        });
        group.bench_function("words", |b| {
            b.iter(|| textlens::segment::words(black_box(&text)).count())
        });
        group.bench_function("compute", |b| {
            b.iter(|| textlens::stats::compute(black_box(&text)))
        });
        group.bench_function("report_10_keywords_3_sentences", |b| {
            b.iter(|| textlens::stats::report(black_box(&text), 10, 3))
        });
        group.finish();
        criterion.final_summary();
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::run();
}
