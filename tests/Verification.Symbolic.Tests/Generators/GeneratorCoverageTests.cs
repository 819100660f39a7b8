using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.Generators;

/// <summary>
/// Each generator produces the node kinds and activation functions its summary promises. Without
/// this, dropping a kind from a generator's table goes unnoticed: every property still passes, over
/// fewer shapes (tried: removing Activation from all three generators left all 550 tests green).
/// </summary>
public class GeneratorCoverageTests
{
    // 400 trees at size 50 from a fixed seed: each kind has weight at least 1 in 31 at each inner
    // node, and the rarest node kind occurs 36 times, the rarest activation function 15 times (tanh
    // in DefinedExpressions), so a miss means the kind is gone, not bad luck.
    private const int Trees = 400;
    private const int Size = 50;

    /// <summary>
    /// Every node of the fixed-length language, read from the engine's assembly so a new node is
    /// included the day it is added (docs/adding-a-node.md lists these generators to extend). The
    /// general-n nodes (namespace Expressions.Indexed) are not tree-generated; EveryN covers them.
    /// </summary>
    private static readonly ImmutableSortedSet<string> EveryFixedLengthKind =
    [
        .. typeof(Expr).Assembly.GetTypes()
            .Where(type => type.IsSealed && type.IsSubclassOf(typeof(Expr)) && type.Namespace == typeof(Expr).Namespace)
            .Select(type => type.Name),
    ];

    /// <summary>The fragment's kinds, as its summary lists them: arithmetic, exp, log, σ, the activations, softmax, logsumexp.</summary>
    private static readonly ImmutableSortedSet<string> FragmentKinds =
    [
        nameof(Constant), nameof(Symbol), nameof(Add), nameof(Subtract), nameof(Multiply), nameof(Divide), nameof(Negate),
        nameof(Power), nameof(Exp), nameof(Log), nameof(Sigmoid), nameof(Activation), nameof(Softmax), nameof(LogSumExp),
    ];

    private static readonly ImmutableSortedSet<string> EveryActivation = [.. ActivationFunction.All.Select(f => f.Name)];

    [Fact]
    public void DefinedExpressionsHaveEveryNodeKind() =>
        AssertSame(EveryFixedLengthKind, KindsIn(DefinedExpressions.Expressions));

    [Fact]
    public void PrintableExpressionsHaveEveryNodeKind() =>
        AssertSame(EveryFixedLengthKind, KindsIn(PrintableExpressions.Expr));

    /// <summary>Exactly the fragment's kinds: one more would leave the decidable fragment the canonical-form properties rely on.</summary>
    [Fact]
    public void FragmentExpressionsHaveExactlyTheFragmentsKinds() =>
        AssertSame(FragmentKinds, KindsIn(FragmentExpressions.Expression));

    [Fact]
    public void EveryGeneratorAppliesEveryActivationFunction()
    {
        AssertSame(EveryActivation, ActivationsIn(DefinedExpressions.Expressions));
        AssertSame(EveryActivation, ActivationsIn(PrintableExpressions.Expr));
        AssertSame(EveryActivation, ActivationsIn(FragmentExpressions.Expression));
    }

    // Two checks rather than one set equality, so a failure names what is missing or extra.
    private static void AssertSame(ImmutableSortedSet<string> promised, ImmutableSortedSet<string> generated)
    {
        Assert.Empty(promised.Except(generated));
        Assert.Empty(generated.Except(promised));
    }

    private static IEnumerable<Expr> Nodes(Gen<Expr> generator) =>
        Gen.Sample(generator, Trees, new Rnd(20261206UL, 1UL), Size).SelectMany(ExprTraversal.PreOrder);

    private static ImmutableSortedSet<string> KindsIn(Gen<Expr> generator) =>
        [.. Nodes(generator).Select(node => node.GetType().Name)];

    private static ImmutableSortedSet<string> ActivationsIn(Gen<Expr> generator) =>
        [.. Nodes(generator).OfType<Activation>().Select(node => node.Function.Name)];
}
