namespace Verification.Laws.Definitions;

/// <summary>The elementwise relatives of the sigmoid that <see cref="ActivationFiniteForFiniteInput{T}"/> checks.</summary>
public enum ElementwiseActivation
{
    /// <summary>tanh(x), bounded by ±1.</summary>
    Tanh,

    /// <summary>softplus(x) = log(1 + eˣ), between max(x, 0) and max(x, 0) + ln 2.</summary>
    Softplus,

    /// <summary>log σ(x) = −softplus(−x), between min(x, 0) − ln 2 and min(x, 0).</summary>
    LogSigmoid,

    /// <summary>SiLU(x) = x·σ(x), between min(x, 0) and max(x, 0).</summary>
    Silu,
}
