namespace Verification.Laws.Arithmetic;

/// <summary>
/// The closed forms the derivative laws measure kernels against, written in terms of the reference softmax s.
/// Each is the right-hand side of a catalog identity (named in the law's <see cref="ILaw.ProvedBy"/>);
/// tests/Verification.Derivations.Tests/LawReferences compiles that identity and checks the two agree.
/// </summary>
internal static class ReferenceFormulas
{
    /// <summary>J = diag(s) − s sᵀ, row-major: Jᵢⱼ = [i = j]sᵢ − sᵢsⱼ (catalog: softmax-jacobian-matrix-form).</summary>
    public static double[] Jacobian(double[] s)
    {
        var k = s.Length;
        var jacobian = new double[k * k];
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                jacobian[(i * k) + j] = (i == j ? s[i] : 0) - (s[i] * s[j]);
            }
        }

        return jacobian;
    }

    /// <summary>Jᵀg = s ⊙ (g − ⟨s, g⟩) (catalog: softmax-vector-jacobian-product).</summary>
    public static double[] VectorJacobianProduct(double[] s, double[] g)
    {
        var innerProduct = AccurateSum.Of(s.Select((sj, j) => sj * g[j]).ToArray());
        return [.. s.Select((si, i) => si * (g[i] - innerProduct))];
    }

    /// <summary>
    /// ∇CE(z, y) = (Σ y)·s − y, exact for any target mass; for Σ y = 1 it is s − y (catalog: cross-entropy-gradient-all-sizes).
    /// </summary>
    public static double[] CrossEntropyGradient(double[] s, double[] y)
    {
        var targetMass = AccurateSum.Of(y);
        return [.. s.Select((si, i) => (targetMass * si) - y[i])];
    }

    /// <summary>
    /// Label smoothing y′ᵢ = (1 − ε)yᵢ + ε/n, n the width of y (catalog: cross-entropy-label-smoothing-gradient);
    /// within a few u_d of the exact mixture of the given y and ε.
    /// </summary>
    public static double[] SmoothedLabels(double[] y, double smoothing) =>
        [.. y.Select(yi => ((1 - smoothing) * yi) + (smoothing / y.Length))];
}
