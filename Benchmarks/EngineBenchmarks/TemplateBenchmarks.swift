import Benchmark
import Theme

/// `PageTemplates.render`: a policy's page (the `document` template in the shared layout,
/// its table of contents and version list) from a ready context, with the built-in theme.
func templateBenchmarks() {
    Benchmark("Template render, document page of a 23 KB policy") { benchmark in
        let templates = DocumentPageContext.templates
        let context = DocumentPageContext.make(for: BenchmarkInputs.renderedPolicy)
        benchmark.startMeasurement()
        blackHole(templates.render("document", context: context))
    }
}
