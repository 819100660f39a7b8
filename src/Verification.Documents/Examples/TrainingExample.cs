using System.Collections.Immutable;
using Fractions;
using Verification.Numerics.Networks;
using Verification.Symbolic;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Evaluation;

namespace Verification.Documents.Examples;

/// <summary>
/// One step of gradient descent on the nets of <see cref="SeedNetworks"/>: the softmax net at rate
/// η, the sigmoid twin at the rates the solver derived (evaluated at the same η), and the
/// parameters and predictions after the step side by side.
/// </summary>
internal static class TrainingExample
{
    private static readonly Fraction Eta = new(1, 2);

    public static void Write(MarkdownWriter markdown, TrainingEquivalenceReport training, EquivalenceReport equivalence)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(equivalence);
        var rates = training.RateAnswers.Select(Rate).ToList();
        if (equivalence.Answer is not EquivalenceSolutions { Families: [var solution, ..] } || rates.Count != 3 || rates.Any(static r => r is null) || rates[0] != rates[1])
        {
            markdown.Heading(2, "Worked example: one training step").Paragraph("Not available: the solver did not answer every learning-rate question with one rate for the output weights and bias.");
            return;
        }

        var (outputRate, hiddenRate) = (rates[0]!.Value, rates[2]!.Value);
        var softmax = SeedNetworks.Softmax;
        var sigmoid = SeedNetworks.SigmoidTwin(solution);
        ReadOnlySpan<double> inputs = [.. SeedNetworks.Input];
        ReadOnlySpan<int> labels = [0];
        var softmaxAfter = softmax.Step(inputs, labels, new LearningRates<double>(Eta.ToDouble(), Eta.ToDouble()));
        var sigmoidAfter = sigmoid.Step(inputs, labels, new LearningRates<double>(hiddenRate, outputRate));
        var rowDifference = Enumerable.Range(0, 2).Select(k => softmaxAfter.Output.Weights[0, k] - softmaxAfter.Output.Weights[1, k]);

        markdown.Heading(2, "Worked example: one training step", "training-step")
            .Paragraph($"The nets of [the equivalence chapter](equivalence.md#seed-000-networks) take one gradient step on the input x = {NetworkEquivalenceExample.Vector(SeedNetworks.Input)} with label 0 (y = 1 for class 0). "
                + $"The softmax net uses η = {RationalText.Exact(Eta)} for both layers; the sigmoid net uses the solver's rates at that η: r = {Numbers.RoundTrip(outputRate)} for its head and s = {Numbers.RoundTrip(hiddenRate)} for its hidden layer.")
            .Table(
                ["after one step", "softmax net", "sigmoid net"],
                "lrr",
                [
                    ["probability of class 0 before", Numbers.RoundTrip(softmax.PredictClassZeroProbability(inputs)), Numbers.RoundTrip(sigmoid.PredictClassZeroProbability(inputs))],
                    ["probability of class 0 after", Numbers.RoundTrip(softmaxAfter.PredictClassZeroProbability(inputs)), Numbers.RoundTrip(sigmoidAfter.PredictClassZeroProbability(inputs))],
                    ["head: v₀ − v₁ (softmax), w (sigmoid)", NetworkEquivalenceExample.Vector(rowDifference), NetworkEquivalenceExample.Vector(sigmoidAfter.Output.Weights)],
                    ["head: c₀ − c₁ (softmax), b (sigmoid)", Numbers.RoundTrip(softmaxAfter.Output.Biases[0] - softmaxAfter.Output.Biases[1]), Numbers.RoundTrip(sigmoidAfter.Output.Bias)],
                    ["hidden weights W (rows)", NetworkEquivalenceExample.Matrix(softmaxAfter.Hidden.Weights), NetworkEquivalenceExample.Matrix(sigmoidAfter.Hidden.Weights)],
                    ["hidden biases a", NetworkEquivalenceExample.Vector(softmaxAfter.Hidden.Biases), NetworkEquivalenceExample.Vector(sigmoidAfter.Hidden.Biases)],
                ])
            .Paragraph("The two nets are still twins after the step (equal up to the last bits of double rounding): the equivalence survives training exactly when the rates are related as derived above.");
    }

    /// <summary>The single rate a solve question's answer assigns, evaluated at η; null when there is no single answer.</summary>
    private static double? Rate(CheckResult answer)
    {
        if (answer is not EquivalenceChecked { Result: EquivalenceSolutions { Families: [{ Assignments: [var assignment], FreeUnknowns.IsEmpty: true }] } })
        {
            return null;
        }

        var point = ImmutableSortedDictionary.Create<string, Fraction>(StringComparer.Ordinal).Add("eta", Eta);
        return HighPrecisionEvaluator.Evaluate(assignment.Value, point) is Defined defined ? defined.Value.ToDouble() : null;
    }
}
