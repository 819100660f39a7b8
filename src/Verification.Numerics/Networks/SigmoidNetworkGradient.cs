namespace Verification.Numerics.Networks;

/// <summary>∂L/∂θ of a <see cref="SigmoidNetwork{T}"/>, stored in the shape of its parameters.</summary>
/// <param name="Hidden">∂L/∂W and ∂L/∂b of the hidden layer.</param>
/// <param name="Output">∂L/∂w and ∂L/∂b of the sigmoid head.</param>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
public sealed record SigmoidNetworkGradient<T>(DenseLayer<T> Hidden, SigmoidHead<T> Output)
    where T : IFloatingPointIeee754<T>;
