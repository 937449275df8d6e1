//! Speed of the name recogniser and of the whole analysis with names, on ~2 MB of English
//! news-like text built from the committed linking documents (native; the wasm figure is
//! measured by `scripts/bench_wasm.mjs`).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{criterion_group, Criterion, Throughput};
    use textlens::{recognize::names, AnalyzeOptions, Analyzer};

    fn corpus() -> String {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/linking");
        let mut docs: Vec<_> = std::fs::read_dir(dir)
            .expect("tests/data/linking exists")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        docs.sort();
        let one: String = docs
            .iter()
            .map(|p| std::fs::read_to_string(p).expect("readable document") + "\n")
            .collect();
        let mut text = String::new();
        while text.len() < 2 * 1024 * 1024 {
            text.push_str(&one);
        }
        text
    }

    fn bench(c: &mut Criterion) {
        let text = corpus();
        let mut group = c.benchmark_group("names");
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.sample_size(10);
        group.bench_function("recognise", |b| b.iter(|| names::find(&text)));
        let analyzer = Analyzer::new();
        let options = AnalyzeOptions::default();
        group.bench_function("analyze", |b| b.iter(|| analyzer.analyze(&text, &options)));
        group.finish();
    }

    criterion_group!(benches, bench);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(native::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
