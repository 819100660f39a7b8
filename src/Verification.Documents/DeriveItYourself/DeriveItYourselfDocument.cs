using Verification.Symbolic.Explanation;

namespace Verification.Documents.DeriveItYourself;

/// <summary>
/// <c>derive-it-yourself.md</c>: the derivatives of <see cref="DerivedExpressions"/> worked out by
/// <see cref="Explainer"/> when the page is generated, one display per line with the rule that
/// justifies it, ending in the result written in the outputs σ and s_k. Nothing on the page is typed
/// in: a line is shown only after the engine decided it equal to the line before.
/// </summary>
internal static class DeriveItYourselfDocument
{
    public const string FileName = "derive-it-yourself.md";

    public const string Title = "Derive it yourself";

    public static string Render() => Render(DerivedExpressions.Groups.Select(static g => (g, g.Items.Select(static i => Explainer.Explain(i.Expression)).ToList())).ToList(), Explainer.Explain(DerivedExpressions.OutsideFragment));

    /// <summary>The page for explanations already computed (one list per group, in the order of its items).</summary>
    internal static string Render(IReadOnlyList<(DerivedGroup Group, List<ExplainResult> Results)> groups, ExplainResult outside)
    {
        var markdown = new MarkdownWriter()
            .Heading(1, Title)
            .Paragraph("The derivatives a learner works out by hand, derived by the symbolic engine (`verification explain`): each chain runs from the expression to its result written in the outputs σ(·) and s_k, not in exponentials. "
                + "Every line was decided equal to the line before it by the engine when this page was generated, and the result was decided equal to the expression; no formula here is typed in. "
                + "CI regenerates the page with `verification derive --check` and fails when it is stale.")
            .Paragraph("Try any of them, or your own: `dotnet run --project src/Verification.Cli -- explain \"diff(sigmoid(x), x)\"` (formats text, markdown, latex, json). "
                + $"The hidden-layer gradient of the seed-000 networks and compositions such as {MarkdownWriter.Code(DerivedExpressions.OutsideFragment)} are outside the engine's decidable fragment, so they are not derived here: {Refusal(outside)}.");
        foreach (var (group, results) in groups)
        {
            markdown.Heading(2, group.Heading).Paragraph(group.Introduction);
            foreach (var (item, result) in group.Items.Zip(results))
            {
                Item(markdown, item, result);
            }
        }

        return markdown.ToString();
    }

    private static void Item(MarkdownWriter markdown, DerivedItem item, ExplainResult result)
    {
        markdown.Heading(3, item.Title).Paragraph(MarkdownWriter.Code(item.Expression));
        if (result is not ExpressionExplained { Explanation: var explanation })
        {
            // Shown, not hidden: the page's test fails on it, and a reader sees why.
            markdown.Paragraph($"**Not derived.** {Failure(result)}");
            return;
        }

        var names = ExplanationLatex.Names(explanation);
        if (ExplanationLatex.Where(names) is { } where)
        {
            markdown.Paragraph($"Writing {MarkdownWriter.Inline(where)}:");
        }

        var steps = explanation.Steps;
        markdown.Display(LatexPrinter.Print(names.Apply(steps[0].Expression)));
        for (var k = 1; k < steps.Length; k++)
        {
            markdown.Paragraph($"**{k}. {steps[k].Rule}.**").Display("= " + LatexPrinter.Print(names.Apply(steps[k].Expression)));
        }

        var resultLatex = MarkdownWriter.Inline(LatexPrinter.Print(names.Apply(explanation.Result)));
        markdown.Paragraph(explanation.ResultInOutputs
            ? $"**Result:** {resultLatex}, that is {MarkdownWriter.Code(PlainTextPrinter.Print(explanation.Result))}, in the outputs; {steps.Length - 1} steps, each proved."
            : $"**Result:** {resultLatex}, that is {MarkdownWriter.Code(PlainTextPrinter.Print(explanation.Result))}; {explanation.Note}.");
    }

    private static string Refusal(ExplainResult result) => result is ExplainFailed failed
        ? $"for that composition `explain` answers {MarkdownWriter.Code(failed.Message)}"
        : "yet `explain` now derives that composition, so this page should show it";

    private static string Failure(ExplainResult result) => result switch
    {
        ExplainFailed failed => failed.Message,
        ExplainParseFailed failed => failed.Error.ToString(),
        _ => $"the explainer gave {result.GetType().Name}",
    };
}
