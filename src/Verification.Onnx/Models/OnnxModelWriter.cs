namespace Verification.Onnx.Models;

/// <summary>
/// Serializes a graph of ONNX-domain operators as a <c>ModelProto</c>, the bytes of a .onnx file. Field numbers
/// are those of onnx/onnx.proto (IR version 7 and later, unchanged since): ModelProto ir_version = 1,
/// producer_name = 2, graph = 7, opset_import = 8; OperatorSetIdProto domain = 1, version = 2; GraphProto node = 1,
/// name = 2, input = 11, output = 12; NodeProto input = 1, output = 2, name = 3, op_type = 4, attribute = 5;
/// AttributeProto name = 1, i = 3, type = 20 (AttributeType INT = 2); ValueInfoProto name = 1, type = 2;
/// TypeProto tensor_type = 1; TypeProto.Tensor elem_type = 1, shape = 2; TensorShapeProto dim = 1;
/// Dimension dim_value = 1, dim_param = 2.
/// </summary>
public static class OnnxModelWriter
{
    /// <summary>
    /// IR version 7 is the one released with opset 13 (ONNX 1.8); ONNX Runtime reads every IR version from 3 on.
    /// </summary>
    public const long IrVersion = 7;

    private const long IntegerAttributeType = 2;

    /// <summary>The bytes of a model whose graph is <paramref name="nodes"/> from <paramref name="inputs"/> to <paramref name="outputs"/>.</summary>
    /// <param name="nodes">The operators, in topological order.</param>
    /// <param name="inputs">The graph's inputs.</param>
    /// <param name="outputs">The graph's outputs.</param>
    /// <param name="opset">The version of the default (ONNX) operator set the nodes are read in.</param>
    public static byte[] Write(IReadOnlyList<OnnxNode> nodes, IReadOnlyList<OnnxTensor> inputs, IReadOnlyList<OnnxTensor> outputs, long opset)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(outputs);
        var graph = new ProtobufWriter();
        for (var index = 0; index < nodes.Count; index++)
        {
            graph.Message(1, Node(nodes[index], $"node{index}"));
        }

        graph.Text(2, "graph");
        foreach (var input in inputs)
        {
            graph.Message(11, ValueInfo(input));
        }

        foreach (var output in outputs)
        {
            graph.Message(12, ValueInfo(output));
        }

        return new ProtobufWriter()
            .Integer(1, IrVersion)
            .Text(2, "Verification.Onnx")
            .Message(7, graph)
            .Message(8, new ProtobufWriter().Text(1, string.Empty).Integer(2, opset))
            .ToArray();
    }

    private static ProtobufWriter Node(OnnxNode node, string name)
    {
        var writer = new ProtobufWriter();
        foreach (var input in node.Inputs)
        {
            writer.Text(1, input);
        }

        foreach (var output in node.Outputs)
        {
            writer.Text(2, output);
        }

        writer.Text(3, name).Text(4, node.OperatorType);
        foreach (var (attribute, value) in node.IntegerAttributes ?? new Dictionary<string, long>())
        {
            writer.Message(5, new ProtobufWriter().Text(1, attribute).Integer(3, value).Integer(20, IntegerAttributeType));
        }

        return writer;
    }

    private static ProtobufWriter ValueInfo(OnnxTensor tensor)
    {
        var shape = new ProtobufWriter();
        foreach (var dimension in tensor.Dimensions)
        {
            var written = new ProtobufWriter();
            _ = dimension.Size is { } size ? written.Integer(1, size) : written.Text(2, dimension.Parameter ?? string.Empty);
            shape.Message(1, written);
        }

        var tensorType = new ProtobufWriter().Integer(1, (long)tensor.ElementType).Message(2, shape);
        return new ProtobufWriter().Text(1, tensor.Name).Message(2, new ProtobufWriter().Message(1, tensorType));
    }
}
