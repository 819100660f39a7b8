namespace Verification.Laws.Controls;

/// <summary>
/// Correct, stable scalar σ, softplus and log σ for the kernels a control does not break, so that each control
/// has exactly one defect and a failing law points at it. Every exponential is of a non-positive number.
/// </summary>
internal static class StableActivations
{
    /// <summary>
    /// <paramref name="kernels"/> with the σ, softplus and log σ they lack filled in by the stable ones: a control of
    /// the sigmoid's relatives declares only its defective kernel, and a law relating it to another relative
    /// (tanh = 2σ(2x) − 1, log σ(x) = −softplus(−x), SiLU = x·σ(x)) then blames the defect.
    /// </summary>
    public static ActivationKernels<T> Complete<T>(ActivationKernels<T> kernels)
        where T : IFloatingPointIeee754<T> => kernels with
        {
            Sigmoid = kernels.Sigmoid ?? (static (x, destination) => Apply(x, destination, Sigmoid)),
            Softplus = kernels.Softplus ?? (static (x, destination) => Apply(x, destination, Softplus)),
            LogSigmoid = kernels.LogSigmoid ?? (static (x, destination) => Apply(x, destination, LogSigmoid)),
        };

    /// <summary>σ(x) = 1/(1 + e⁻ˣ) for x ≥ 0 and eˣ/(1 + eˣ) for x &lt; 0.</summary>
    public static T Sigmoid<T>(T x)
        where T : IFloatingPointIeee754<T>
    {
        if (x >= T.Zero)
        {
            return T.One / (T.One + T.Exp(-x));
        }

        var exponential = T.Exp(x);
        return exponential / (T.One + exponential);
    }

    /// <summary>softplus(x) = max(x, 0) + log1p(e^(−|x|)).</summary>
    public static T Softplus<T>(T x)
        where T : IFloatingPointIeee754<T> =>
        T.Max(x, T.Zero) + LogOnePlus(T.Exp(-T.Abs(x)));

    /// <summary>log σ(x) = min(x, 0) − log1p(e^(−|x|)).</summary>
    public static T LogSigmoid<T>(T x)
        where T : IFloatingPointIeee754<T> =>
        T.Min(x, T.Zero) - LogOnePlus(T.Exp(-T.Abs(x)));

    /// <summary>Applies a scalar function to every element.</summary>
    public static void Apply<T>(ReadOnlySpan<T> x, Span<T> destination, Func<T, T> function)
    {
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = function(x[i]);
        }
    }

    /// <summary>
    /// log(1 + y) by Kahan's trick, log(w)·y/(w − 1) with w = fl(1 + y), exact to a few ulp for tiny y
    /// (<c>T.LogP1</c> is log(1 + y) as written).
    /// </summary>
    private static T LogOnePlus<T>(T y)
        where T : IFloatingPointIeee754<T>
    {
        var w = T.One + y;
        return w == T.One ? y : T.Log(w) * y / (w - T.One);
    }
}
