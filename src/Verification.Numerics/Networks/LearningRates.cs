namespace Verification.Numerics.Networks;

/// <summary>
/// Step sizes of stochastic gradient descent, one per layer: θ ← θ − η·∂L/∂θ with η = <see cref="Hidden"/>
/// for the hidden layer and η = <see cref="Output"/> for the output head.
/// </summary>
/// <remarks>
/// Separate rates matter when comparing a sigmoid net with its softmax twin: the two-class head has
/// two rows whose gradients are opposite (∂L/∂W₁ = −∂L/∂W₀), so one step moves W₀ − W₁ twice as far
/// as the sigmoid's w moves at the same rate, while the hidden layers receive identical gradients.
/// </remarks>
/// <param name="Hidden">η of the hidden layer.</param>
/// <param name="Output">η of the output head.</param>
/// <typeparam name="T">float or double (any IEEE type).</typeparam>
public sealed record LearningRates<T>(T Hidden, T Output)
    where T : IFloatingPointIeee754<T>;
