using System.Collections.Immutable;
using Verification.Derivations.Chapters;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Compilation;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;

namespace Verification.Derivations.Tests.Chapters.Properties;

/// <summary>
/// The softmax results of the catalog for one n, compiled to double delegates from the same claim
/// text the catalog states (<see cref="ClaimTexts"/>): the right side of each identity is the
/// derived formula that the numeric kernels must agree with.
/// </summary>
public sealed class CompiledSoftmaxResults
{
    public CompiledSoftmaxResults(int n)
    {
        N = n;
        var z = Symbols("z", n);
        Jacobian = ExprCompiler.CompileVector(Rights(ClaimTexts.Jacobian(n)), z);
        VectorJacobianProduct = ExprCompiler.CompileVector(Rights(ClaimTexts.VectorJacobianProduct(n)), [.. z, .. Symbols("g", n)]);
        CrossEntropyGradient = ExprCompiler.CompileVector(Rights(ClaimTexts.CrossEntropyGradient(n)), [.. z, .. Symbols("y", n - 1)]);
        LogSumExpGradient = ExprCompiler.CompileVector(Rights(ClaimTexts.LogSumExpGradient(n)), z);
        LogSoftmaxDerivative = ExprCompiler.CompileVector(Rights(ClaimTexts.LogSoftmaxDerivative(n)), z);
        ShiftedSoftmax = ExprCompiler.CompileVector(Lefts(ClaimTexts.ShiftInvariance(n)), [.. z, new Symbol("c")]);
        var quadratic = Identity(ClaimTexts.QuadraticFormIsVariance(n));
        QuadraticForm = ExprCompiler.Compile(quadratic.Left, [.. z, .. Symbols("x", n)]);
        QuadraticFormAsVariance = ExprCompiler.Compile(quadratic.Right, [.. z, .. Symbols("x", n)]);
    }

    public int N { get; }

    /// <summary>sᵢ(δᵢⱼ − sⱼ), row-major, from z.</summary>
    public Func<double[], double[]> Jacobian { get; }

    /// <summary>sⱼ(gⱼ − ⟨s, g⟩), from z then g.</summary>
    public Func<double[], double[]> VectorJacobianProduct { get; }

    /// <summary>sⱼ − yⱼ with y(n−1) = 1 − Σ others, from z then y0 … y(n−2).</summary>
    public Func<double[], double[]> CrossEntropyGradient { get; }

    /// <summary>sⱼ (the gradient of logsumexp), from z.</summary>
    public Func<double[], double[]> LogSumExpGradient { get; }

    /// <summary>δᵢⱼ − sⱼ, row-major, from z.</summary>
    public Func<double[], double[]> LogSoftmaxDerivative { get; }

    /// <summary>softmax(z − c), from z then c.</summary>
    public Func<double[], double[]> ShiftedSoftmax { get; }

    /// <summary>xᵀJx with J differentiated symbolically, from z then x.</summary>
    public Func<double[], double> QuadraticForm { get; }

    /// <summary>Σ sᵢ(xᵢ − Σ sₖxₖ)², from z then x.</summary>
    public Func<double[], double> QuadraticFormAsVariance { get; }

    private static ImmutableArray<Symbol> Symbols(string name, int count) =>
        [.. Enumerable.Range(0, count).Select(k => new Symbol(name + k))];

    private static IReadOnlyList<ClaimInstance> Instances(string text) =>
        ((ClaimFamily)ClaimParser.Parse(text).GetValueOrThrow()).Instances;

    private static Expr[] Rights(string text) => [.. Instances(text).Select(instance => instance.Claim.Right)];

    private static Expr[] Lefts(string text) => [.. Instances(text).Select(instance => instance.Claim.Left)];

    private static IdentityClaim Identity(string text) => (IdentityClaim)ClaimParser.Parse(text).GetValueOrThrow();
}
