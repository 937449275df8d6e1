//! The core, natively, stage by stage (issue 16): segmentation, recognition, statistics and the whole
//! analysis, on the mixed English corpus of `bench/peers.mjs` (the project's sample texts and the openly
//! licensed documents of the shared data, about 1.7 MB distinct, cycled to 2 MiB), also cut into the
//! shapes of issue 16 (~10 KB documents, single paragraphs). Every stage and shape with its MB/s:
//!
//! ```text
//! scripts/bench-native.sh              # this bench and the patterns, stats and names benches, short runs
//! cargo bench --profile native --bench core -- --warm-up-time 1 --measurement-time 3 [FILTER]
//! ```
//!
//! The shared data is found at `$TEXTLENS_SHARED/data`, else `../shared/data` beside the checkout or its
//! parent directory (worktrees); without it the corpus is the project's sample texts.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::path::{Path, PathBuf};

    use criterion::{black_box, criterion_group, Criterion, SamplingMode, Throughput};
    use textlens::recognize::{names, patterns};
    use textlens::{segment, stats, AnalyzeOptions, Analyzer};

    const MIN_BYTES: usize = 2 * 1024 * 1024;
    /// The openly licensed files of the shared data, in the order of `bench/corpus.mjs`'s `mixedCorpus`.
    const SHARED: [&str; 8] = [
        "ner-dev/wikigold.jsonl",
        "ner-dev/gum_dev.jsonl",
        "ner-train/gum_train.jsonl",
        "ner-dev/re3d_open.jsonl",
        "ner-dev/sec_filings_test.jsonl",
        "ner-train/sec_filings_train.jsonl",
        "ner-dev/crossner_dev.jsonl",
        "ner-train/crossner_train.jsonl",
    ];

    fn shared_data() -> Option<PathBuf> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let candidates = [
            std::env::var_os("TEXTLENS_SHARED").map(PathBuf::from),
            Some(root.join("../shared")),
            Some(root.join("../../shared")),
        ];
        candidates
            .into_iter()
            .flatten()
            .map(|dir| dir.join("data"))
            .find(|dir| dir.is_dir())
    }

    /// The project's texts, then every shared document once, joined by blank lines, cycled to 2 MiB.
    fn corpus() -> String {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut texts: Vec<String> = Vec::new();
        for sample in ["www/samples/sample.txt", "www/samples/article.txt"] {
            if let Ok(t) = std::fs::read_to_string(root.join(sample)) {
                texts.push(t);
            }
        }
        if let Ok(dir) = std::fs::read_dir(root.join("tests/data/texts")) {
            let mut files: Vec<_> = dir
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .collect();
            files.sort();
            texts.extend(files.iter().filter_map(|p| std::fs::read_to_string(p).ok()));
        }
        if let Some(data) = shared_data() {
            for file in SHARED {
                let Ok(body) = std::fs::read_to_string(data.join(file)) else {
                    continue;
                };
                for line in body.lines() {
                    if let Ok(value) = serde_json::from_str::<serde_json::Value>(line) {
                        if let Some(t) = value["text"].as_str() {
                            texts.push(t.to_string());
                        }
                    }
                }
            }
        }
        let mut text = texts.join("\n\n");
        let mut i = 0;
        while text.len() < MIN_BYTES && !texts.is_empty() {
            text.push_str("\n\n");
            text.push_str(&texts[i % texts.len()]);
            i += 1;
        }
        text
    }

    /// Paragraphs (blocks between blank lines) and ~10 KB documents made of them, as bench/peers.mjs cuts.
    fn shapes(text: &str) -> (Vec<&str>, Vec<&str>) {
        let paragraphs: Vec<&str> = segment::paragraphs(text)
            .into_iter()
            .map(|r| &text[r])
            .filter(|p| !p.trim().is_empty())
            .collect();
        let mut documents = Vec::new();
        let mut start: Option<usize> = None;
        for (i, p) in paragraphs.iter().enumerate() {
            // Offsets of the paragraph inside `text`, so a document is one slice of it.
            let from = p.as_ptr() as usize - text.as_ptr() as usize;
            let s = *start.get_or_insert(from);
            let end = from + p.len();
            if end - s >= 10_000 || i + 1 == paragraphs.len() {
                documents.push(&text[s..end]);
                start = None;
            }
        }
        (paragraphs, documents)
    }

    fn bench(c: &mut Criterion) {
        let text = corpus();
        let (paragraphs, documents) = shapes(&text);
        eprintln!(
            "corpus: {} bytes, {} paragraphs, {} documents of ~10 KB",
            text.len(),
            paragraphs.len(),
            documents.len()
        );
        let analyzer = Analyzer::new();
        let everything = AnalyzeOptions::default();
        let stats_only = AnalyzeOptions {
            types: Some(Vec::new()),
            ..AnalyzeOptions::default()
        };

        let mut group = c.benchmark_group("core");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.sampling_mode(SamplingMode::Flat);
        group.bench_function("segment/paragraphs", |b| {
            b.iter(|| segment::paragraphs(black_box(&text)).len())
        });
        group.bench_function("segment/sentences", |b| {
            b.iter(|| segment::sentences(black_box(&text)).len())
        });
        group.bench_function("segment/words", |b| {
            b.iter(|| segment::words(black_box(&text)).count())
        });
        group.bench_function("recognise/patterns", |b| {
            b.iter(|| patterns::find(black_box(&text)).len())
        });
        group.bench_function("recognise/names", |b| {
            b.iter(|| names::find(black_box(&text)).len())
        });
        group.bench_function("stats/compute", |b| {
            b.iter(|| stats::compute(black_box(&text)))
        });
        group.bench_function("stats/report_10_keywords_3_sentences", |b| {
            b.iter(|| stats::report(black_box(&text), 10, 3))
        });
        group.bench_function("analyze/statistics_only", |b| {
            b.iter(|| {
                analyzer
                    .analyze(black_box(&text), &stats_only)
                    .map(|a| a.stats.words)
            })
        });
        group.bench_function("analyze/whole_text", |b| {
            b.iter(|| {
                analyzer
                    .analyze(black_box(&text), &everything)
                    .map(|a| a.mentions.len())
            })
        });
        group.bench_function("analyze/documents_10kb", |b| {
            b.iter(|| {
                documents
                    .iter()
                    .filter_map(|d| analyzer.analyze(d, &everything).ok())
                    .map(|a| a.mentions.len())
                    .sum::<usize>()
            })
        });
        group.bench_function("analyze/paragraphs", |b| {
            b.iter(|| {
                paragraphs
                    .iter()
                    .filter_map(|p| analyzer.analyze(p, &everything).ok())
                    .map(|a| a.mentions.len())
                    .sum::<usize>()
            })
        });
        group.finish();
    }

    criterion_group!(benches, bench);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

/// Benchmarks run natively only.
#[cfg(target_arch = "wasm32")]
fn main() {}
