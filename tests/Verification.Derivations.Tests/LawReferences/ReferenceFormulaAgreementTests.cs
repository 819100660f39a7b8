using System.Collections.Immutable;
using Verification.Derivations.Entries;
using Verification.Laws;
using Verification.Laws.Arithmetic;
using Verification.Laws.Definitions;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Compilation;
using Verification.Symbolic.Expressions;
using Verification.TestSupport;

namespace Verification.Derivations.Tests.LawReferences;

/// <summary>
/// The reference formulas the audit measures kernels against (Verification.Laws/Arithmetic) agree with the catalog
/// identities their laws name in <see cref="ILaw.ProvedBy"/>: the entry's claim for n = 3 is compiled from the
/// catalog and evaluated on fixed logits, so a reference that drifts from the proved formula fails here.
/// </summary>
public class ReferenceFormulaAgreementTests
{
    private const int N = 3;

    /// <summary>
    /// Both sides are a few dozen double roundings of quantities of size ≤ 1 (|g| ≤ 2), so their difference is a
    /// small multiple of 2⁻⁵²; 1e-13 (≈ 450 ε) separates that from any wrong formula, whose error is O(sᵢsⱼ).
    /// </summary>
    private static readonly Tolerance Agreement = Tolerance.Absolute(1e-13);

    public static TheoryData<double[]> Logits => new(
        [0.5, -1.25, 2.0],
        [3.0, 3.0, -4.0],
        [-0.1, 0.2, 0.05],
        [10.0, -10.0, 0.0]);

    [Theory]
    [MemberData(nameof(Logits))]
    public void MaxShiftedReferenceSoftmaxIsTheSoftmaxOfTheShiftInvarianceEntry(double[] z)
    {
        var catalogSoftmax = ExprCompiler.CompileVector(
            RightSides(new SoftmaxShiftInvariance<double>(), out var symbols), symbols);

        AssertAgree(catalogSoftmax(z), Reference(z));
    }

    [Theory]
    [MemberData(nameof(Logits))]
    public void JacobianReferenceIsTheMatrixFormEntry(double[] z)
    {
        var catalogJacobian = ExprCompiler.CompileVector(
            RightSides(new SoftmaxJacobianEqualsDiagonalMinusOuterProduct<double>(), out var symbols), symbols);

        AssertAgree(catalogJacobian(z), ReferenceFormulas.Jacobian(Reference(z)));
    }

    [Theory]
    [MemberData(nameof(Logits))]
    public void VectorJacobianProductReferenceIsTheCatalogEntry(double[] z)
    {
        double[] g = [1.0, -2.0, 0.5];
        var catalogProduct = ExprCompiler.CompileVector(
            RightSides(new SoftmaxVectorJacobianProductEqualsJacobianTransposeTimesGradient<double>(), out var symbols), symbols);

        AssertAgree(catalogProduct([.. z, .. g]), ReferenceFormulas.VectorJacobianProduct(Reference(z), g));
    }

    [Theory]
    [MemberData(nameof(Logits))]
    public void CrossEntropyGradientReferenceIsTheCatalogEntry(double[] z)
    {
        // The catalog eliminates the last target (y2 = 1 − y0 − y1), so it takes z then y0, y1.
        double[] y = [0.2, 0.5, 0.3];
        var catalogGradient = ExprCompiler.CompileVector(
            RightSides(new CrossEntropyGradientEqualsSoftmaxMinusTarget<double>(), out var symbols), symbols);

        AssertAgree(catalogGradient([.. z, y[0], y[1]]), ReferenceFormulas.CrossEntropyGradient(Reference(z), y));
    }

    [Theory]
    [MemberData(nameof(Logits))]
    public void SmoothedTargetsReferenceIsTheLabelSmoothingEntry(double[] z)
    {
        // The entry's right sides are sⱼ − ((1 − ε)yⱼ + ε/n) over z0 … z2, then eps, y0, y1 (y2 = 1 − y0 − y1).
        double[] y = [0.2, 0.5, 0.3];
        const double smoothing = 0.1;
        var catalogGradient = ExprCompiler.CompileVector(
            RightSides(new SmoothedCrossEntropyGradientEqualsSoftmaxMinusSmoothedTarget<double>(), out var symbols), symbols);
        var smoothed = ReferenceFormulas.SmoothedLabels(y, smoothing);

        AssertAgree(catalogGradient([.. z, smoothing, y[0], y[1]]), [.. Reference(z).Select((s, j) => s - smoothed[j])]);
    }

    /// <summary>
    /// The right-hand sides of the n = 3 claim of the entry <paramref name="law"/> names, and the free symbols they
    /// are compiled over: z0 … z2, then the second vector's (g or y), in index order.
    /// </summary>
    private static ImmutableArray<Expr> RightSides(ILaw law, out ImmutableArray<Symbol> symbols)
    {
        var entry = (IdentityEntry)Derivations.Catalog.Get(law.ProvedBy.EntryId!);
        var family = (ClaimFamily)entry.Claims.Single(claim => claim.Explanation == $"n = {N}").Claim;
        ImmutableArray<Expr> rights = [.. family.Instances.Select(instance => instance.Claim.Right)];
        var free = ExprTraversal.FreeSymbols([.. rights]);
        symbols = [.. free.Where(symbol => symbol.Name.StartsWith('z')).OrderBy(symbol => symbol.Name, StringComparer.Ordinal),
            .. free.Where(symbol => !symbol.Name.StartsWith('z')).OrderBy(symbol => symbol.Name, StringComparer.Ordinal)];
        return rights;
    }

    private static double[] Reference(double[] z) => ReferenceSoftmax.Of(z, double.PositiveInfinity).Probabilities;

    private static void AssertAgree(double[] catalog, double[] reference)
    {
        Assert.Equal(catalog.Length, reference.Length);
        for (var i = 0; i < catalog.Length; i++)
        {
            Assert.True(Agreement.Accepts(catalog[i], reference[i]), $"entry {i}: catalog {catalog[i]:R}, reference {reference[i]:R}");
        }
    }
}
