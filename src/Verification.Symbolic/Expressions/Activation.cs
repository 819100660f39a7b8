namespace Verification.Symbolic.Expressions;

/// <summary>
/// One of the sigmoid's relatives applied to an argument: tanh, softplus, log-sigmoid or SiLU.
/// They share one node because they share everything but their definition: each is a named
/// function of one real argument, canonicalised and differentiated through its
/// <see cref="ActivationFunction.Definition"/>, so a new relative is one row of
/// <see cref="ActivationFunction.All"/>, not a new node in ten files.
/// </summary>
/// <param name="Function">Which relative.</param>
/// <param name="Argument">Its argument.</param>
public sealed record Activation(ActivationFunction Function, Expr Argument) : Expr;
