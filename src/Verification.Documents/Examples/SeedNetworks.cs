using System.Collections.Immutable;
using Fractions;
using Verification.Numerics.Networks;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.Evaluation;

namespace Verification.Documents.Examples;

/// <summary>
/// The networks of seed 000 ("input vector with two entries, 1 hidden layer"), with weights small
/// enough to multiply by hand: 2 inputs, 2 sigmoid hidden units, and a two-class softmax head
/// z₀ = v₀₀h₀ + v₀₁h₁ + c₀, z₁ = v₁₀h₀ + v₁₁h₁ + c₁. The sigmoid twin is never typed in: its head
/// comes from the solver's answer evaluated at these head parameters.
/// </summary>
internal static class SeedNetworks
{
    /// <summary>The softmax head's parameters under the names the catalog's solve questions use.</summary>
    public static ImmutableSortedDictionary<string, Fraction> HeadParameters { get; } = new Dictionary<string, Fraction>
    {
        ["v00"] = new(1),
        ["v01"] = new(-2),
        ["v10"] = new(1, 2),
        ["v11"] = new(1),
        ["c0"] = new(1, 2),
        ["c1"] = new(-1, 2),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    /// <summary>The input fed to both networks.</summary>
    public static ImmutableArray<double> Input { get; } = [1, 2];

    public static DenseLayer<double> Hidden { get; } = new(
        new ImmutableMatrix<double>(2, 2, [0.5, -1, 1, 2]),
        new ImmutableVector<double>(0, -1));

    public static SoftmaxNetwork<double> Softmax { get; } = new(
        Hidden,
        HiddenActivation.Sigmoid,
        new SoftmaxHead<double>(
            new ImmutableMatrix<double>(2, 2, [Value("v00"), Value("v01"), Value("v10"), Value("v11")]),
            new ImmutableVector<double>(Value("c0"), Value("c1"))));

    /// <summary>The sigmoid net whose head is the solver's family of solutions (assigning w0, w1, b) at <see cref="HeadParameters"/>.</summary>
    public static SigmoidNetwork<double> SigmoidTwin(SolutionFamily solution)
    {
        ArgumentNullException.ThrowIfNull(solution);
        double Unknown(string name) => HighPrecisionEvaluator.Evaluate(
                solution.Assignments.Single(a => a.Unknown.Name == name).Value,
                HeadParameters)
            .ValueOrThrow()
            .ToDouble();

        return new SigmoidNetwork<double>(Hidden, HiddenActivation.Sigmoid, new SigmoidHead<double>(new ImmutableVector<double>(Unknown("w0"), Unknown("w1")), Unknown("b")));
    }

    private static double Value(string name) => HeadParameters[name].ToDouble();
}
