namespace Verification.Numerics.Networks;

/// <summary>∂L/∂θ of a <see cref="SoftmaxNetwork{T}"/>, stored in the shape of its parameters.</summary>
/// <param name="Hidden">∂L/∂W and ∂L/∂b of the hidden layer.</param>
/// <param name="Output">∂L/∂W and ∂L/∂b of the softmax head.</param>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
public sealed record SoftmaxNetworkGradient<T>(DenseLayer<T> Hidden, SoftmaxHead<T> Output)
    where T : IFloatingPointIeee754<T>;
