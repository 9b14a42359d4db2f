namespace AiciSandbox.Conformance.Runner.Reports;

/// <summary>The inline stylesheet of the HTML report (no external resource, so the file works offline and in CI artifacts).</summary>
internal static class HtmlReportStyle
{
    public const string Css = """
        body { font-family: system-ui, sans-serif; margin: 2rem; color: #1f2328; }
        h1 { margin-bottom: .25rem; }
        h2 { border-bottom: 1px solid #d0d7de; padding-bottom: .25rem; margin-top: 2rem; }
        small { color: #59636e; font-weight: normal; }
        .summary span { display: inline-block; padding: .1rem .5rem; border-radius: .75rem; margin-right: .25rem; }
        details.scenario { border: 1px solid #d0d7de; border-left-width: .4rem; border-radius: .3rem; margin: .5rem 0; padding: .25rem .75rem; }
        details.scenario > summary { cursor: pointer; font-weight: 600; }
        ol.steps { list-style: none; padding-left: .5rem; }
        li.step { padding: .15rem .4rem; margin: .1rem 0; border-radius: .2rem; }
        .keyword { font-weight: 600; }
        .duration { color: #59636e; font-size: .85em; margin-left: .5rem; }
        pre { background: #f6f8fa; padding: .5rem; overflow-x: auto; white-space: pre-wrap; border-radius: .2rem; }
        pre.error { background: #ffebe9; }
        details.attachment summary { cursor: pointer; color: #0969da; }
        table.args { border-collapse: collapse; margin: .25rem 0 .25rem 1rem; }
        table.args td { border: 1px solid #d0d7de; padding: .1rem .4rem; }
        .passed { background: #dafbe1; border-color: #1a7f37 !important; }
        .failed { background: #ffebe9; border-color: #cf222e !important; }
        .undefined { background: #fff8c5; border-color: #9a6700 !important; }
        .ambiguous { background: #fbefff; border-color: #8250df !important; }
        .skipped { background: #f6f8fa; border-color: #8c959f !important; color: #59636e; }
        details.scenario.passed, details.scenario.failed, details.scenario.undefined, details.scenario.ambiguous,
        details.scenario.skipped { background: #fff; }
        """;
}
