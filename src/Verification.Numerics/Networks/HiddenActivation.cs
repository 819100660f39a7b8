namespace Verification.Numerics.Networks;

/// <summary>The element-wise activation of a hidden layer.</summary>
public enum HiddenActivation
{
    /// <summary>σ(a) = 1/(1 + e^(−a)); derivative σ(a)·(1 − σ(a)).</summary>
    Sigmoid,

    /// <summary>tanh(a); derivative 1 − tanh²(a).</summary>
    Tanh,

    /// <summary>a itself (a linear hidden layer); derivative 1.</summary>
    Identity,
}
