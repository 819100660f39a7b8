using System.Text;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Printing;

/// <summary>
/// Prints expressions and claims in the claim language with the fewest parentheses that keep the
/// structure: <see cref="Parsing.ClaimParser"/> reads the text back to a structurally equal tree.
/// Constants that are not plain numbers use the literal forms of the language: a short decimal
/// (<c>0.25</c>) or <c>rational(n, d)</c> / <c>rational(-n)</c>, never <c>1/3</c> or <c>-3</c>,
/// which are a division and a negation.
/// </summary>
/// <remarks>
/// The round trip holds for every tree the parser can build: symbol names are identifiers of the
/// language that are not reserved words, and every softmax index is in range. Other names are
/// printed as they are.
/// </remarks>
public static class PlainTextPrinter
{
    public static string Print(Expr expr) => PrinterLayout.Print(expr, Write);

    /// <summary>
    /// <c>L == R</c>; <c>solve u, v: L == R for all x, y</c>; a family prints one line per instance,
    /// <c>for i = 0, j = 1: L == R</c>, each of which parses back to that instance.
    /// </summary>
    public static string Print(Claim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return claim switch
        {
            IdentityClaim identity => Equation(identity.Left, identity.Right),
            SolveClaim solve => $"solve {Names(solve.Unknowns)}: {Equation(solve.Left, solve.Right)} for all {(solve.ForAll.IsDefaultOrEmpty ? "()" : Names(solve.ForAll))}",
            ClaimFamily family => string.Join('\n', family.Instances.Select(Instance)),
            GeneralClaim general => General(general),
            _ => throw new ArgumentException($"unknown claim {claim.GetType().Name}", nameof(claim)),
        };
    }

    /// <summary><c>for all n &gt;= 1, i, j in 0..n-1: L == R where H</c>, which parses back to the claim.</summary>
    private static string General(GeneralClaim claim)
    {
        var indices = claim.Indices.IsEmpty ? string.Empty : $", {string.Join(", ", claim.Indices)} in 0..{claim.Size}-1";
        var where = claim.Hypotheses.IsEmpty ? string.Empty : $" where {string.Join(", ", claim.Hypotheses.Select(h => Equation(h.Left, h.Right)))}";
        return $"for all {claim.Size} >= {claim.MinimumSize}{indices}: {Equation(claim.Identity.Left, claim.Identity.Right)}{where}";
    }

    private static string Instance(ClaimInstance instance)
    {
        var claim = Print(instance.Claim);
        return instance.Indices.IsEmpty
            ? claim
            : $"for {string.Join(", ", instance.Indices.Select(index => $"{index.Key} = {index.Value}"))}: {claim}";
    }

    private static string Equation(Expr left, Expr right) => $"{Print(left)} == {Print(right)}";

    private static string Names(IEnumerable<Symbol> symbols) => string.Join(", ", symbols.Select(s => s.Name));

    // The claim language writes a / b infix, at the level of a product.
    private static Precedence Level(Expr expr) => expr is Divide ? Precedence.Product : PrinterLayout.Operator(expr);

    private static void Write(StringBuilder text, Expr expr, Precedence needed)
    {
        if (PrinterLayout.Parenthesized(text, expr, Level(expr), needed, "(", ")", Write))
        {
            return;
        }

        switch (expr)
        {
            case Constant constant:
                text.Append(Literal(constant));
                break;
            case Symbol symbol:
                text.Append(symbol.Name);
                break;
            case var _ when Infix(expr) is { } infix:
                Binary(text, infix, Level(expr));
                break;
            case Negate negate:
                text.Append('-');

                // -(-x) rather than --x; -x^2 is −(x²) already.
                Write(text, negate.Operand, Precedence.Power);
                break;
            case Power power:
                Write(text, power.Base, Precedence.Atom);
                text.Append('^').Append(power.Exponent);
                break;
            case var _ when FunctionApplication.Of(expr) is { } application:
                PrinterLayout.List(text.Append(application.PlainName), "(", application.Arguments, application.Index is { } index ? $", {index})" : ")", Write);
                break;
            case Softmax softmax:
                text.Append("softmax(");
                Vector(text, softmax.Logits);
                text.Append(", ").Append(softmax.Index).Append(')');
                break;
            case LogSoftmax logSoftmax:
                text.Append("log_softmax(");
                Vector(text, logSoftmax.Logits);
                text.Append(", ").Append(logSoftmax.Index).Append(')');
                break;
            case LogSumExp logSumExp:
                text.Append("logsumexp(");
                Vector(text, logSumExp.Logits);
                text.Append(')');
                break;
            case CrossEntropy crossEntropy:
                text.Append("cross_entropy(");
                Vector(text, crossEntropy.Logits);
                text.Append(", ");
                Vector(text, crossEntropy.Targets);
                text.Append(')');
                break;
            case KroneckerDelta delta:
                text.Append("delta(").Append(delta.I).Append(", ").Append(delta.J).Append(')');
                break;
            case Derivative derivative:
                Call(text, "diff", derivative.Body, derivative.Variable);
                break;
            case Entry entry:
                text.Append(entry.Vector).Append('[').Append(entry.Index).Append(']');
                break;
            case IndexDelta delta:
                text.Append("delta(").Append(delta.I).Append(", ").Append(delta.J).Append(')');
                break;
            case IndexedSum sum:
                text.Append("sum(").Append(sum.Index).Append(" in ").Append(sum.From).Append("..").Append(sum.To).Append(": ");
                Write(text, sum.Body, Precedence.Sum);
                text.Append(')');
                break;
            case EntryDerivative derivative:
                Call(text, "diff", derivative.Body, derivative.Variable);
                break;
            default:
                throw new ArgumentException($"unknown expression node {expr.GetType().Name}", nameof(expr));
        }
    }

    /// <summary>
    /// Left-associative: the left operand may be at the operator's own level, the right one must
    /// bind tighter (a - (b - c)); a right operand that starts with a minus is parenthesized for
    /// readability (a * (-b), a + (-b * c)), which parses to the same tree.
    /// </summary>
    private static void Binary(StringBuilder text, InfixOperation infix, Precedence level)
    {
        Write(text, infix.Left, level);
        text.Append(infix.Operator);
        Write(text, infix.Right, StartsWithMinus(infix.Right) ? Precedence.Atom : level + 1);
    }

    /// <summary>The claim language's four infix operators, one row each: <c>a + b</c>, <c>a - b</c>, <c>a * b</c>, <c>a / b</c>.</summary>
    private static InfixOperation? Infix(Expr expr) => expr switch
    {
        Add(var left, var right) => new(left, " + ", right),
        Subtract(var left, var right) => new(left, " - ", right),
        Multiply(var left, var right) => new(left, " * ", right),
        Divide(var numerator, var denominator) => new(numerator, " / ", denominator),
        _ => null,
    };

    private static bool StartsWithMinus(Expr expr) => expr is Negate || (Infix(expr) is { } infix && StartsWithMinus(infix.Left));

    /// <summary>An operator written between its operands, with the spaces around it.</summary>
    private readonly record struct InfixOperation(Expr Left, string Operator, Expr Right);

    private static void Call(StringBuilder text, string name, params ReadOnlySpan<Expr> arguments) =>
        PrinterLayout.List(text.Append(name), "(", arguments, ")", Write);

    private static void Vector(StringBuilder text, ExprList items) => PrinterLayout.List(text, "[", items.Items.AsSpan(), "]", Write);

    /// <summary><c>3</c>, <c>0.25</c>, <c>rational(1, 3)</c>, <c>rational(-3)</c>: one token group that parses back to this constant.</summary>
    private static string Literal(Constant constant)
    {
        var (numerator, denominator) = RationalText.Normalize(constant.Value);
        if (denominator.IsOne)
        {
            return numerator.Sign >= 0 ? RationalText.Integer(numerator) : $"rational({RationalText.Integer(numerator)})";
        }

        return RationalText.Decimal(numerator, denominator)
            ?? $"rational({RationalText.Integer(numerator)}, {RationalText.Integer(denominator)})";
    }
}
