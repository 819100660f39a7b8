using System.Globalization;

namespace Verification.Derivations.Chapters;

/// <summary>
/// Claim-language text of the softmax results for any number of classes n, so the catalog can state
/// each one for n = 2..8 and the property tests can compile the same formulas for n up to 16.
/// </summary>
/// <remarks>Logits are z0 … z(n−1); a second vector (x, g or y) has the same length.</remarks>
internal static class ClaimTexts
{
    /// <summary>The smallest and largest n the catalog states each softmax result for.</summary>
    public const int SmallestN = 2;

    /// <summary>The largest n of the catalog (the property tests go further).</summary>
    public const int LargestN = 8;

    /// <summary>Every n of the catalog, in order.</summary>
    public static IEnumerable<int> CatalogSizes => Enumerable.Range(SmallestN, LargestN - SmallestN + 1);

    /// <summary>"[z0, z1, …, z(n−1)]".</summary>
    public static string Vector(int n, string name = "z") => $"[{name}[0..{Last(n)}]]";

    /// <summary>"softmax([z0, …], index)" with index a number or an index variable.</summary>
    public static string Softmax(int n, string index) => $"softmax({Vector(n)}, {index})";

    /// <summary>Σⱼ sⱼ = 1.</summary>
    public static string SumsToOne(int n) => $"sum(j in 0..{Last(n)}: {Softmax(n, "j")}) == 1";

    /// <summary>softmax(z − c) = softmax(z), every component.</summary>
    public static string ShiftInvariance(int n)
    {
        var shifted = string.Join(", ", Enumerable.Range(0, n).Select(k => $"z{k} - c"));
        return $"for i in 0..{Last(n)}: softmax([{shifted}], i) == {Softmax(n, "i")}";
    }

    /// <summary>∂sᵢ/∂zⱼ = sᵢ(δᵢⱼ − sⱼ), every i, j.</summary>
    public static string Jacobian(int n) =>
        $"for i, j in 0..{Last(n)}: diff({Softmax(n, "i")}, z[j]) == {Softmax(n, "i")} * (delta(i, j) - {Softmax(n, "j")})";

    /// <summary>J = diag(s) − ssᵀ entry by entry: Jᵢⱼ = δᵢⱼsᵢ − sᵢsⱼ.</summary>
    public static string JacobianMatrixForm(int n) =>
        $"for i, j in 0..{Last(n)}: diff({Softmax(n, "i")}, z[j]) == delta(i, j) * {Softmax(n, "i")} - {Softmax(n, "i")} * {Softmax(n, "j")}";

    /// <summary>Jᵢⱼ = Jⱼᵢ.</summary>
    public static string JacobianSymmetry(int n) =>
        $"for i, j in 0..{Last(n)}: diff({Softmax(n, "i")}, z[j]) == diff({Softmax(n, "j")}, z[i])";

    /// <summary>Σⱼ Jᵢⱼ = 0 for every row i.</summary>
    public static string JacobianRowsSumToZero(int n) =>
        $"for i in 0..{Last(n)}: sum(j in 0..{Last(n)}: diff({Softmax(n, "i")}, z[j])) == 0";

    /// <summary>xᵀJx = Σ sᵢxᵢ² − (Σ sᵢxᵢ)².</summary>
    public static string QuadraticForm(int n) =>
        $"{QuadraticFormLeft(n)} == sum(i in 0..{Last(n)}: {Softmax(n, "i")} * x[i]^2) - {Mean(n)}^2";

    /// <summary>xᵀJx = Σ sᵢ(xᵢ − m)² with m = Σ sₖxₖ: a variance under the distribution s, hence ≥ 0.</summary>
    public static string QuadraticFormIsVariance(int n) =>
        $"{QuadraticFormLeft(n)} == sum(i in 0..{Last(n)}: {Softmax(n, "i")} * (x[i] - {Mean(n)})^2)";

    /// <summary>(Jᵀg)ⱼ = Σᵢ gᵢJᵢⱼ = sⱼ(gⱼ − ⟨s, g⟩).</summary>
    public static string VectorJacobianProduct(int n) =>
        $"for j in 0..{Last(n)}: sum(i in 0..{Last(n)}: g[i] * diff({Softmax(n, "i")}, z[j])) == {Softmax(n, "j")} * (g[j] - sum(k in 0..{Last(n)}: {Softmax(n, "k")} * g[k]))";

    /// <summary>∂CE/∂zⱼ = sⱼ − yⱼ when Σ y = 1 (the last target eliminated by <c>where</c>).</summary>
    public static string CrossEntropyGradient(int n) =>
        $"for j in 0..{Last(n)}: diff(cross_entropy({Vector(n)}, {Vector(n, "y")}), z[j]) == {Softmax(n, "j")} - y[j] {LastTargetEliminated(n)}";

    /// <summary>∂ softmax(z/T)ᵢ/∂zⱼ = (1/T)·sᵢ(δᵢⱼ − sⱼ), with s = softmax(z/T) and a symbolic temperature T.</summary>
    public static string TemperatureJacobian(int n)
    {
        string Tempered(string index) => $"softmax({Vector(n)}, {index}, temperature: T)";
        return $"for i, j in 0..{Last(n)}: diff({Tempered("i")}, z[j]) == (1 / T) * {Tempered("i")} * (delta(i, j) - {Tempered("j")})";
    }

    /// <summary>
    /// ∂CE/∂zⱼ with label smoothing ε = sⱼ − ((1 − ε)·yⱼ + ε/n) when Σ y = 1: the smoothed targets
    /// still sum to one, so the gradient keeps the form "prediction minus target".
    /// </summary>
    public static string SmoothedCrossEntropyGradient(int n) =>
        $"for j in 0..{Last(n)}: diff(cross_entropy({Vector(n)}, {Vector(n, "y")}, smoothing: eps), z[j]) == {Softmax(n, "j")} - ((1 - eps) * y[j] + eps / {n}) {LastTargetEliminated(n)}";

    /// <summary>∂ logsumexp(z)/∂zⱼ = sⱼ.</summary>
    public static string LogSumExpGradient(int n) =>
        $"for j in 0..{Last(n)}: diff(logsumexp({Vector(n)}), z[j]) == {Softmax(n, "j")}";

    /// <summary>∂ log sᵢ/∂zⱼ = δᵢⱼ − sⱼ.</summary>
    public static string LogSoftmaxDerivative(int n) =>
        $"for i, j in 0..{Last(n)}: diff(log_softmax({Vector(n)}, i), z[j]) == delta(i, j) - {Softmax(n, "j")}";

    private static string QuadraticFormLeft(int n) =>
        $"sum(i in 0..{Last(n)}: sum(j in 0..{Last(n)}: x[i] * x[j] * diff({Softmax(n, "i")}, z[j])))";

    /// <summary>"where y(n−1) = 1 − y0 − … − y(n−2)": the targets summing to one, imposed by eliminating the last.</summary>
    private static string LastTargetEliminated(int n) =>
        $"where y{Last(n)} = 1 - {string.Join(" - ", Enumerable.Range(0, n - 1).Select(k => $"y{k}"))}";

    private static string Mean(int n) => $"sum(k in 0..{Last(n)}: {Softmax(n, "k")} * x[k])";

    private static string Last(int n) => (n - 1).ToString(CultureInfo.InvariantCulture);
}
