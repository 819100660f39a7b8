namespace Verification.Symbolic.Expressions;

/// <summary>A real symbol. In a claim every free symbol is universally quantified over ℝ.</summary>
public sealed record Symbol(string Name) : Expr
{
    /// <summary>
    /// A symbol named <paramref name="name"/>, with "_" appended until it is none of <paramref name="taken"/>:
    /// how the engine names what it introduces (a change of variable, a rest sum) without capturing a claim's symbol.
    /// </summary>
    internal static Symbol Fresh(string name, IReadOnlySet<string> taken)
    {
        while (taken.Contains(name))
        {
            name += "_";
        }

        return new Symbol(name);
    }
}
