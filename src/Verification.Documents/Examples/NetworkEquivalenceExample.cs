using Verification.Numerics.Networks;
using Verification.Symbolic.Equivalence;

namespace Verification.Documents.Examples;

/// <summary>
/// Seed 000's question answered on numbers: the softmax net of <see cref="SeedNetworks"/>, its
/// sigmoid twin built from the solver's answer, and the forward pass of both, value by value.
/// </summary>
internal static class NetworkEquivalenceExample
{
    /// <summary>The catalog entry whose answer builds the sigmoid head.</summary>
    public const string EntryId = "sigmoid-head-from-softmax-head";

    public static void Write(MarkdownWriter markdown, EquivalenceReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Answer is not EquivalenceSolutions { Families: [var solution, ..] })
        {
            markdown.Heading(2, "Worked example: the networks of seed 000").Paragraph($"Not available: the solver did not answer {MarkdownWriter.Code(EntryId)}.");
            return;
        }

        var softmax = SeedNetworks.Softmax;
        var sigmoid = SeedNetworks.SigmoidTwin(solution);
        var input = SeedNetworks.Input.AsSpan();
        var (soft, sig) = (softmax.Forward(input), sigmoid.Forward(input));
        var parameters = string.Join(", ", SeedNetworks.HeadParameters.Select(static p => $"{p.Key} = {RationalText.Exact(p.Value)}"));

        markdown.Heading(2, "Worked example: the networks of seed 000", "seed-000-networks")
            .Paragraph("Seed 000 asks how to initialise a one-output sigmoid net and a two-output softmax net (2 inputs, 1 hidden layer) so that they predict the same probability. Both nets below share the hidden layer h = σ(Wx + a); the softmax head is chosen by hand, the sigmoid head is the solver's answer to "
                + $"[{EntryId}](#{EntryId}) evaluated at the softmax head's parameters ({parameters}).")
            .Table(
                ["", "value"],
                "lr",
                [
                    ["hidden weights W (rows)", Matrix(SeedNetworks.Hidden.Weights)],
                    ["hidden biases a", Vector(SeedNetworks.Hidden.Biases)],
                    ["softmax head rows v₀, v₁", Matrix(softmax.Output.Weights)],
                    ["softmax head biases c₀, c₁", Vector(softmax.Output.Biases)],
                    ["sigmoid head w = v₀ − v₁ (solver)", Vector(sigmoid.Output.Weights)],
                    ["sigmoid head b = c₀ − c₁ (solver)", Numbers.RoundTrip(sigmoid.Output.Bias)],
                ])
            .Paragraph($"The forward pass of both nets on the input x = {Vector(SeedNetworks.Input)} (round-trip exact doubles):")
            .Table(
                ["quantity", "softmax net", "sigmoid net"],
                "lrr",
                [
                    ["hidden pre-activation Wx + a", Vector(soft.HiddenPreActivation), Vector(sig.HiddenPreActivation)],
                    ["hidden output h = σ(Wx + a)", Vector(soft.HiddenOutput), Vector(sig.HiddenOutput)],
                    ["head logits", Vector(soft.Logits), Vector(sig.Logits)],
                    ["probability of class 0", Numbers.RoundTrip(soft.ClassZeroProbability), Numbers.RoundTrip(sig.ClassZeroProbability)],
                ])
            .Paragraph($"The probabilities differ by {Numbers.RoundTrip(Math.Abs(soft.ClassZeroProbability - sig.ClassZeroProbability))}: the sigmoid's logit is the difference of the softmax logits, z₀ − z₁ = {Numbers.RoundTrip(soft.Logits[0] - soft.Logits[1])}.");
    }

    public static string Vector(ImmutableVector<double> values) => Vector(values.AsSpan().ToArray());

    public static string Vector(IEnumerable<double> values) => "(" + string.Join(", ", values.Select(Numbers.RoundTrip)) + ")";

    public static string Matrix(ImmutableMatrix<double> matrix) =>
        string.Join("; ", Enumerable.Range(0, matrix.Rows).Select(row => Vector(matrix.Row(row).ToArray())));
}
