using System.Collections.Immutable;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Calculus;

/// <summary>Gradients and Jacobians, entry by entry with <see cref="Differentiator"/>.</summary>
public static class VectorCalculus
{
    /// <summary>∇f = (∂f/∂x_0, …, ∂f/∂x_(n−1)) in the order of <paramref name="variables"/>.</summary>
    public static ImmutableArray<Expr> Gradient(Expr function, IReadOnlyList<Symbol> variables)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(variables);
        return [.. variables.Select(x => Differentiator.Differentiate(function, x))];
    }

    /// <summary>J with J[i][j] = ∂f_i/∂x_j: one row per function, one column per variable.</summary>
    public static ImmutableArray<ImmutableArray<Expr>> Jacobian(IReadOnlyList<Expr> functions, IReadOnlyList<Symbol> variables)
    {
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(variables);
        return [.. functions.Select(f => Gradient(f, variables))];
    }
}
