using System.Collections.Immutable;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Expressions.Indexed;

namespace Verification.Symbolic.Parsing;

// Claims about every length n: 'for all n >= 1, i, j in 0..n-1: L == R [where H == K]'. Vectors
// are the names written with a subscript (z[i]) or passed whole to a softmax-family function
// (softmax(z, i)); an index is an index variable, a number, or n - c; a vector argument may be any
// expression of vectors and scalars, entry by entry (softmax(z + c, i)).
internal sealed partial class Elaborator
{
    private GeneralContext? general;

    private GeneralClaim General(GeneralSyntax syntax)
    {
        var size = syntax.Size.Text;
        var minimum = Int(syntax.Minimum, null, $"the least length {size}");
        if (minimum < 1 || minimum > limits.MaxRangeLength)
        {
            throw new ParseException(syntax.Minimum.First, $"the least length {size} must be in 1..{limits.MaxRangeLength}, not {Shown(syntax.Minimum, minimum)}");
        }

        var (vectors, indexNames) = Collect(syntax);
        if (vectors.Contains(size))
        {
            throw new ParseException(syntax.Size, $"'{size}' is the length, so it cannot also name a vector");
        }

        var context = new GeneralContext(size, vectors, FreshName("k", indexNames));
        general = context;
        var indices = ImmutableArray.CreateBuilder<string>();
        foreach (var binder in syntax.Binders)
        {
            foreach (var name in binder.Names)
            {
                CheckIndexName(name, context);
                if (binder.To is null || !IsZero(binder.From) || GeneralIndex(binder.To, "the end of the range") != new IndexFromEnd(size, 1))
                {
                    throw new ParseException(binder.From.First, $"at general {size}, an index variable ranges over all the entries, 0..{size}-1 (write '{name.Text} in 0..{size}-1')");
                }

                context.Bound.Add(name.Text);
                indices.Add(name.Text);
            }
        }

        var body = syntax.Body;
        var left = Real(body.Left, null);
        var right = Real(body.Right, null);
        budget.CheckHeight(left, body.Left.First);
        budget.CheckHeight(right, body.Right.First);
        var hypotheses = ImmutableArray.CreateBuilder<IdentityClaim>();
        foreach (var hypothesis in body.Hypotheses)
        {
            var hypothesisLeft = Real(hypothesis.Left, null);
            var hypothesisRight = Real(hypothesis.Right, null);
            budget.CheckHeight(hypothesisLeft, hypothesis.Left.First);
            budget.CheckHeight(hypothesisRight, hypothesis.Right.First);
            hypotheses.Add(new IdentityClaim(hypothesisLeft, hypothesisRight));
        }

        if (context.RequiredMinimum > minimum)
        {
            throw new ParseException(syntax.Minimum.First, $"{context.RequiredBy} needs {size} >= {context.RequiredMinimum}, but the claim starts at {size} >= {minimum}");
        }

        return new GeneralClaim(size, minimum, indices.ToImmutable(), new IdentityClaim(left, right), hypotheses.ToImmutable());
    }

    private Expr GeneralName(NameSyntax name)
    {
        var context = general!;
        if (name.Name == context.Size)
        {
            throw new ParseException(name.First, $"'{name.Name}' is the length: it can only appear in a position, as in z[{name.Name} - 1] or 0..{name.Name}-1");
        }

        if (context.Bound.Contains(name.Name))
        {
            throw new ParseException(name.First, $"'{name.Name}' is an index variable: at general {context.Size} it can only be a position (z[{name.Name}], softmax(z, {name.Name}), delta({name.Name}, j)), not a number");
        }

        if (!context.Vectors.Contains(name.Name))
        {
            // The argument names the entries z_i (cases) and z3 (instances): a scalar spelled that way would be the same symbol as the entry.
            if (context.Vectors.FirstOrDefault(vector => IsEntrySpelling(name.Name, vector)) is { } clash)
            {
                throw new ParseException(name.First, $"'{name.Name}' is spelled like an entry of the vector {clash}: write {clash}[…] for an entry, or give the scalar another name");
            }

            return new Symbol(name.Name);
        }

        if (context.ElementIndex is null)
        {
            throw new ParseException(name.First, $"'{name.Name}' is a vector of length {context.Size}: write {name.Name}[i] for one entry, or pass it whole to softmax, log_softmax, logsumexp or cross_entropy");
        }

        context.ElementHasVector = true;
        return new Entry(name.Name, new IndexVariable(context.ElementIndex));
    }

    private Entry GeneralEntry(SubscriptSyntax subscript)
    {
        var context = general!;
        if (subscript.Items.Length != 1 || subscript.Items[0].To is not null)
        {
            throw new ParseException(subscript.First, $"at general {context.Size}, an entry has one index, as in {subscript.Name}[i]; '{Quote(subscript)}' is not one");
        }

        if (subscript.Name == context.Size || context.Bound.Contains(subscript.Name))
        {
            throw new ParseException(subscript.First, $"'{subscript.Name}' is {context.Describe(subscript.Name)}, so it cannot be subscripted");
        }

        return new Entry(subscript.Name, GeneralIndex(subscript.Items[0].From, $"the index of '{subscript.Name}'"));
    }

    /// <summary>A position at general n: an index variable, a number, or n − c.</summary>
    private IndexTerm GeneralIndex(Syntax syntax, string role)
    {
        var context = general!;
        switch (syntax)
        {
            case NumberSyntax { First.IsIntegerLiteral: true } number when number.First.Value.Numerator <= limits.MaxRangeLength:
                var value = (int)number.First.Value.Numerator;
                context.Require(value + 1, $"{role} {value}");
                return new IndexConstant(value);
            case NameSyntax name when context.Bound.Contains(name.Name):
                return new IndexVariable(name.Name);
            case NameSyntax name when name.Name == context.Size:
                throw new ParseException(syntax.First, $"{role} '{name.Name}' is past the end: the last entry is {name.Name} - 1");
            case BinarySyntax { Operator.Kind: TokenKind.Minus, Left: NameSyntax size, Right: NumberSyntax { First.IsIntegerLiteral: true } offset }
                when size.Name == context.Size && offset.First.Value.Numerator >= 1 && offset.First.Value.Numerator <= limits.MaxRangeLength:
                var distance = (int)offset.First.Value.Numerator;
                context.Require(distance, $"{role} {Quote(syntax)}");
                return new IndexFromEnd(context.Size, distance);
            case NameSyntax unbound:
                throw new ParseException(syntax.First, $"'{unbound.Name}' in {role} is not an index variable: bind it with 'for all {context.Size} >= 1, {unbound.Name} in 0..{context.Size}-1: …' or a sum(...)");
            default:
                throw new ParseException(syntax.First, $"at general {context.Size}, {role} must be an index variable (i), a number (0) or {context.Size} - c ({context.Size} - 1), not '{Quote(syntax)}'");
        }
    }

    /// <summary>A vector argument at general n: the expression entry by entry, with each bare vector name standing for its entry.</summary>
    private ElementwiseVector GeneralVector(Syntax syntax, Scope? scope, string function, string position)
    {
        var context = general!;
        if (syntax is VectorSyntax)
        {
            throw new ParseException(syntax.First, $"at general {context.Size}, the {position} of {function} is a vector of length {context.Size} such as z or z + c, not a list [...]");
        }

        var (outerIndex, outerHasVector) = (context.ElementIndex, context.ElementHasVector);
        (context.ElementIndex, context.ElementHasVector) = (context.VectorIndex, false);
        var element = Real(syntax, scope);
        var hasVector = context.ElementHasVector;
        (context.ElementIndex, context.ElementHasVector) = (outerIndex, outerHasVector);
        return hasVector
            ? new ElementwiseVector(context.Size, context.VectorIndex, element)
            : throw new ParseException(syntax.First, $"the {position} of {function} must be a vector of length {context.Size} (such as z, or z + c), but '{Quote(syntax)}' holds none (a name is a vector where the claim writes it with a subscript, z[i], or passes it alone to softmax, log_softmax, logsumexp or cross_entropy)");
    }

    private Expr GeneralSoftmax(CallSyntax call, Scope? scope)
    {
        var logits = GeneralVector(call.Arguments[0], scope, call.Name, "first argument");
        var index = GeneralIndex(call.Arguments[1], $"the index of {call.Name}");
        return Made(call.Name == "softmax" ? new IndexedSoftmax(logits, index) : new IndexedLogSoftmax(logits, index));
    }

    private Expr GeneralSum(BigOperatorSyntax big, Scope? scope)
    {
        var context = general!;
        if (big.IsProduct)
        {
            throw new ParseException(big.First, $"prod is not supported at general {context.Size} (sum is)");
        }

        var ranges = new List<(string Name, IndexTerm From, IndexTerm To)>();
        foreach (var binder in big.Binders)
        {
            var required = (context.RequiredMinimum, context.RequiredBy);
            var from = GeneralIndex(binder.From, "the start of a sum");
            var to = binder.To is null ? from : GeneralIndex(binder.To, "the end of a sum");
            if (from is IndexConstant && to is IndexFromEnd)
            {
                // c..n-d is empty while n - d < c, and an empty sum is 0: its bounds ask nothing of n.
                // (The decider names the positions outside c..n-d, so every length is still covered.)
                context.Restore(required.RequiredMinimum, required.RequiredBy);
            }

            if (from is IndexVariable || to is IndexVariable)
            {
                throw new ParseException(binder.From.First, $"at general {context.Size}, the bounds of a sum are numbers or {context.Size} - c (as in 0..{context.Size}-1), not index variables");
            }

            if (from is IndexFromEnd && to is IndexConstant)
            {
                throw new ParseException(binder.From.First, $"the range {from}..{to} is empty for every large {context.Size}");
            }

            foreach (var name in binder.Names)
            {
                CheckIndexName(name, context);
                context.Bound.Add(name.Text);
                ranges.Add((name.Text, from, to));
            }
        }

        var body = Real(big.Body, scope);
        for (var r = ranges.Count - 1; r >= 0; r--)
        {
            context.Bound.Remove(ranges[r].Name);
            body = Made(new IndexedSum(ranges[r].Name, ranges[r].From, ranges[r].To, body));
        }

        return body;
    }

    private static void CheckIndexName(Token name, GeneralContext context)
    {
        if (name.Text == context.Size || context.Vectors.Contains(name.Text))
        {
            throw new ParseException(name, $"'{name.Text}' is {context.Describe(name.Text)}, so it cannot name an index variable");
        }

        if (context.Bound.Contains(name.Text))
        {
            throw new ParseException(name, $"index variable '{name.Text}' is already bound by 'for all' or an enclosing 'sum'");
        }
    }

    /// <summary><c>z7</c> or <c>z_anything</c> for the vector <c>z</c>: the names the every-n argument gives to entries.</summary>
    private static bool IsEntrySpelling(string name, string vector) =>
        name.Length > vector.Length && name.StartsWith(vector, StringComparison.Ordinal)
        && (name[vector.Length] == '_' || name.AsSpan(vector.Length).ContainsAnyExceptInRange('0', '9') is false);

    private static bool IsZero(Syntax syntax) => syntax is NumberSyntax number && number.First.Value.IsZero;

    private static string FreshName(string preferred, HashSet<string> taken)
    {
        var name = preferred;
        for (var k = 1; taken.Contains(name); k++)
        {
            name = preferred + k.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return name;
    }

    /// <summary>The names used as vectors anywhere in the claim, and every index variable it binds.</summary>
    private static (HashSet<string> Vectors, HashSet<string> Indices) Collect(GeneralSyntax claim)
    {
        var vectors = new HashSet<string>(StringComparer.Ordinal);
        var indices = new HashSet<string>(claim.Binders.SelectMany(b => b.Names).Select(t => t.Text), StringComparer.Ordinal);
        var stack = new Stack<Syntax>([claim.Body.Left, claim.Body.Right, .. claim.Body.Hypotheses.SelectMany(h => new[] { h.Left, h.Right })]);
        while (stack.TryPop(out var node))
        {
            switch (node)
            {
                case SubscriptSyntax subscript:
                    vectors.Add(subscript.Name);
                    subscript.Items.SelectMany(item => item.To is null ? [item.From] : new[] { item.From, item.To }).ToList().ForEach(stack.Push);
                    break;
                case CallSyntax call:
                    foreach (var position in VectorPositions(call.Name))
                    {
                        if (position < call.Arguments.Length && call.Arguments[position] is NameSyntax vector)
                        {
                            vectors.Add(vector.Name);
                        }
                    }

                    call.Arguments.ToList().ForEach(stack.Push);
                    break;
                case UnarySyntax unary:
                    stack.Push(unary.Operand);
                    break;
                case BinarySyntax binary:
                    stack.Push(binary.Left);
                    stack.Push(binary.Right);
                    break;
                case VectorSyntax vector:
                    vector.Elements.ToList().ForEach(stack.Push);
                    break;
                case BigOperatorSyntax big:
                    indices.UnionWith(big.Binders.SelectMany(b => b.Names).Select(t => t.Text));
                    stack.Push(big.Body);
                    break;
            }
        }

        return (vectors, indices);
    }

    /// <summary>Which arguments of a function are vectors.</summary>
    private static int[] VectorPositions(string function) => function switch
    {
        "softmax" or "log_softmax" or "logsumexp" => [0],
        "cross_entropy" => [0, 1],
        _ => [],
    };

    /// <summary>What elaboration of one general claim knows: the length's name, the vectors, the index variables in scope.</summary>
    private sealed class GeneralContext(string size, HashSet<string> vectors, string vectorIndex)
    {
        public string Size { get; } = size;

        public HashSet<string> Vectors { get; } = vectors;

        /// <summary>The index variable a vector argument's element is written in (fresh: no index variable of the claim has it).</summary>
        public string VectorIndex { get; } = vectorIndex;

        public HashSet<string> Bound { get; } = new(StringComparer.Ordinal);

        /// <summary>Set while a vector argument is elaborated: bare vector names then stand for their entry at this index.</summary>
        public string? ElementIndex { get; set; }

        public bool ElementHasVector { get; set; }

        public int RequiredMinimum { get; private set; } = 1;

        public string RequiredBy { get; private set; } = string.Empty;

        /// <summary>Undoes the requirements the bounds of a sum c..n-d added: the sum may be empty.</summary>
        public void Restore(int minimum, string by) => (RequiredMinimum, RequiredBy) = (minimum, by);

        /// <summary>A position that exists only when the length is at least <paramref name="length"/>.</summary>
        public void Require(int length, string what)
        {
            if (length > RequiredMinimum)
            {
                (RequiredMinimum, RequiredBy) = (length, what);
            }
        }

        public string? Describe(string name) =>
            name == Size ? "the length" : Bound.Contains(name) ? "an index variable" : Vectors.Contains(name) ? "a vector" : null;
    }
}
