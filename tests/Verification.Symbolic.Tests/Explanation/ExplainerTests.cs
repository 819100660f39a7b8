using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Explanation;
using Verification.Symbolic.Expressions;

using static Verification.Symbolic.Tests.Parsing.Build;

namespace Verification.Symbolic.Tests.Explanation;

public class ExplainerTests
{
    /// <summary>The textbook results, written by hand from the calculus, not copied from the code's output.</summary>
    public static TheoryData<string, string> TextbookResults => new()
    {
        { "diff(sigmoid(x), x)", "sigmoid(x) * (1 - sigmoid(x))" },
        { "diff(diff(sigmoid(x), x), x)", "sigmoid(x) * (1 - sigmoid(x)) * (1 - 2 * sigmoid(x))" },
        { "diff(softmax([z0, z1, z2], 0), z1)", "-(softmax([z0, z1, z2], 0) * softmax([z0, z1, z2], 1))" },
        { "diff(softmax([z0, z1, z2], 0), z0)", "softmax([z0, z1, z2], 0) * (1 - softmax([z0, z1, z2], 0))" },
        { "diff(bce(w*x + b, y), w)", "x * (sigmoid(w * x + b) - y)" },
        { "diff(bce(w*x + b, y), b)", "sigmoid(w * x + b) - y" },
        { "diff(cross_entropy([z0, z1, z2], [y0, y1, y2]), z2)", "softmax([z0, z1, z2], 2) * (y0 + y1 + y2) - y2" },
        { "diff(logsumexp([a, b, c]), b)", "softmax([a, b, c], 1)" },
        { "diff(log(sigmoid(x)), x)", "1 - sigmoid(x)" },
        { "diff(1 / (1 + exp(-x)), x)", "sigmoid(x) * (1 - sigmoid(x))" },
    };

    /// <summary>Derivatives up to 3rd order, softmax n = 2..6, losses, compositions: each result must be proved equal to its expression.</summary>
    public static TheoryData<string> Expressions
    {
        get
        {
            var data = new TheoryData<string>
            {
                "diff(sigmoid(x), x)",
                "diff(diff(sigmoid(x), x), x)",
                "diff(diff(diff(sigmoid(x), x), x), x)",
                "diff(sigmoid(w * x + b), w)",
                "diff(sigmoid(w * x + b), x)",
                "diff(sigmoid(-x), x)",
                "diff(sigmoid(2 * x), x)",
                "diff(log(sigmoid(x)), x)",
                "diff(log(1 - sigmoid(x)), x)",
                "diff(bce(z, y), z)",
                "diff(bce(w * x + b, y), w)",
                "diff(bce(w * x + b, y), b)",
                "diff(diff(bce(z, y), z), z)",
                "diff(cross_entropy([z0, z1], [y0, y1]), z0)",
                "diff(cross_entropy([z0, z1, z2], [y0, y1, y2]), z2)",
                "diff(cross_entropy([z0, z1, z2, z3], [y0, y1, y2, y3]), z1)",
                "diff(log_softmax([z0, z1, z2], 0), z1)",
                "diff(log_softmax([z0, z1, z2], 0), z0)",
                "diff(logsumexp([a, b, c]), b)",
                "diff(diff(logsumexp([a, b]), a), b)",
                "diff(sigmoid(x) * sigmoid(y), x)",
                "diff(sigmoid(x) * (1 - sigmoid(x)), x)",
                "diff(1 / (1 + exp(-x)), x)",
                "softmax([a, b], 0) - sigmoid(a - b)",
                "diff(softmax([a, b], 0), a)",
                "diff(diff(softmax([a, b, c], 0), a), b)",
                "diff(softmax([w0 * x + b0, w1 * x + b1], 0), x)",
                "logsumexp([a, b])",
            };
            for (var n = 2; n <= 6; n++)
            {
                var logits = string.Join(", ", Enumerable.Range(0, n).Select(k => $"z{k}"));
                data.Add($"diff(softmax([{logits}], 0), z0)");
                data.Add($"diff(softmax([{logits}], 0), z1)");
                data.Add($"diff(softmax([{logits}], {n - 1}), z{n - 1})");
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(TextbookResults))]
    public void ResultIsTheTextbookForm(string expression, string textbook)
    {
        var explanation = Explainer.Explain(ParseExpr(expression));

        Assert.True(explanation.ResultInOutputs, explanation.Note);
        Assert.Equal(ParseExpr(textbook), explanation.Result);
    }

    [Theory]
    [MemberData(nameof(Expressions))]
    public void EveryStepAndTheResultAreProvedEqual(string expression)
    {
        var subject = ParseExpr(expression);
        var explanation = Explainer.Explain(subject);

        Assert.Equal(subject, explanation.Steps[0].Expression);
        Assert.Null(explanation.Steps[0].Link);

        // Decided again here, independently of the links the chain recorded.
        for (var k = 1; k < explanation.Steps.Length; k++)
        {
            Assert.NotNull(explanation.Steps[k].Link);
            var verdict = IdentityDecider.Decide(new IdentityClaim(explanation.Steps[k - 1].Expression, explanation.Steps[k].Expression));
            Assert.True(verdict is Proved, $"step {k} ({explanation.Steps[k].Rule}): {verdict}");
        }

        Assert.IsType<Proved>(IdentityDecider.Decide(new IdentityClaim(explanation.Result, subject)));
    }

    /// <summary>
    /// Lengths as printed: σ and s_k count as one symbol each (they are the output's variables, as the
    /// exponential form's x and z_k are), every other node as one.
    /// </summary>
    [Theory]
    [MemberData(nameof(Expressions))]
    public void OutputFormIsNeverLongerThanTheExponentialForm(string expression)
    {
        var explanation = Explainer.Explain(ParseExpr(expression));
        var names = Abbreviations.For(explanation);
        var output = NodeCount(names.Apply(explanation.Form.Best));
        var exponential = NodeCount(names.Apply(explanation.Form.Exponential));

        TestContext.Current.TestOutputHelper?.WriteLine($"{expression}: output form {output} nodes, exponential form {exponential} nodes");
        Assert.True(output <= exponential, $"{explanation.Result} ({output} nodes) is longer than {explanation.Form.Exponential} ({exponential} nodes)");
    }

    [Fact]
    public void RoundsAreLabelledWithTheRulesTheyUse()
    {
        var rules = Explainer.Explain(ParseExpr("diff(softmax([z0, z1, z2], 0), z1)")).Steps.Select(static s => s.Rule).ToList();

        Assert.Equal(ExplanationRules.Given, rules[0]);
        Assert.Equal("definition of softmax unfolded", rules[1]);
        Assert.Equal("quotient rule", rules[2]);
        Assert.Contains(ExplanationRules.RecogniseSoftmax, rules);
        Assert.Equal(ExplanationRules.SimplexAndFactor, rules[^1]);
    }

    [Theory]
    [InlineData("logsumexp([a, b])", "a logarithm remains")]
    [InlineData("softmax([z0, z1], 0) * exp(z0)", "does not cancel")]
    [InlineData("diff(exp(2 * x), x)", "not shorter")]
    public void WithoutAnOutputFormTheResultIsTheExponentialFormAndSaysSo(string expression, string reason)
    {
        var subject = ParseExpr(expression);
        var explanation = Explainer.Explain(subject);

        Assert.False(explanation.ResultInOutputs);
        Assert.Contains(reason, explanation.Note, StringComparison.Ordinal);
        Assert.Contains("simplest exponential form", explanation.Note, StringComparison.Ordinal);
        Assert.Equal(explanation.Form.Exponential, explanation.Result);
        Assert.IsType<Proved>(IdentityDecider.Decide(new IdentityClaim(explanation.Result, subject)));
    }

    [Fact]
    public void AbbreviationsNameTheOutputsUnlessANameIsTaken()
    {
        var explanation = Explainer.Explain(ParseExpr("diff(softmax([z0, z1, z2], 0), z1)"));
        var names = Abbreviations.For(explanation);

        Assert.Equal(ParseExpr("-(s0 * s1)"), names.Apply(explanation.Result));
        Assert.Contains(names.Where, static w => w.Name.Name == "S");

        var clashing = Abbreviations.For(Explainer.Explain(ParseExpr("diff(softmax([s0, s1], 0), s1)")));
        Assert.Empty(clashing.Where);
    }

    private static int NodeCount(Expr expression) => OutputFormWriter.NodeCount(expression);

}
