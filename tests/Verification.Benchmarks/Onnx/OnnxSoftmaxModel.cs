namespace Verification.Benchmarks.Onnx;

/// <summary>
/// The bytes of a one-node ONNX model y = Softmax(x, axis = −1) over a [rows, classes] tensor of float
/// or double, written in protobuf wire format by hand (no served package carries the ONNX protos, and
/// the model needs five nested messages). Field numbers are those of onnx/onnx.proto3.
/// </summary>
internal static class OnnxSoftmaxModel
{
    /// <summary>ONNX IR version 8 (ONNX 1.10 and later).</summary>
    private const long IrVersion = 8;

    /// <summary>Opset 13: Softmax normalises along the one given axis (earlier opsets flattened the trailing axes).</summary>
    private const long OpsetVersion = 13;

    /// <summary>The input name the model binds.</summary>
    public const string InputName = "x";

    /// <summary>The output name the model binds.</summary>
    public const string OutputName = "y";

    /// <summary>The model for elements of type <typeparamref name="T"/> (float or double).</summary>
    public static byte[] Create<T>() => Model(typeof(T) == typeof(float) ? OnnxElementType.Float : OnnxElementType.Double);

    private static byte[] Model(OnnxElementType elementType)
    {
        var model = new ProtobufWriter();
        model.Varint(ModelField.IrVersion, IrVersion);
        model.String(ModelField.ProducerName, "Verification.Benchmarks");
        model.Message(ModelField.Graph, Graph(elementType));
        model.Message(ModelField.OpsetImport, new ProtobufWriter().Varint(OperatorSetField.Version, OpsetVersion));
        return model.ToArray();
    }

    private static ProtobufWriter Graph(OnnxElementType elementType)
    {
        var axis = new ProtobufWriter()
            .String(AttributeField.Name, "axis")
            .Varint(AttributeField.Integer, -1)
            .Varint(AttributeField.Type, AttributeTypeInteger);
        var node = new ProtobufWriter()
            .String(NodeField.Input, InputName)
            .String(NodeField.Output, OutputName)
            .String(NodeField.OperatorType, "Softmax")
            .Message(NodeField.Attribute, axis);
        return new ProtobufWriter()
            .Message(GraphField.Node, node)
            .String(GraphField.Name, "softmax")
            .Message(GraphField.Input, Tensor(InputName, elementType))
            .Message(GraphField.Output, Tensor(OutputName, elementType));
    }

    /// <summary>A ValueInfoProto for a [rows, classes] tensor with symbolic dimensions, so one model serves every shape.</summary>
    private static ProtobufWriter Tensor(string name, OnnxElementType elementType)
    {
        var shape = new ProtobufWriter()
            .Message(ShapeField.Dimension, new ProtobufWriter().String(DimensionField.Parameter, "rows"))
            .Message(ShapeField.Dimension, new ProtobufWriter().String(DimensionField.Parameter, "classes"));
        var tensorType = new ProtobufWriter()
            .Varint(TensorTypeField.ElementType, (long)elementType)
            .Message(TensorTypeField.Shape, shape);
        return new ProtobufWriter()
            .String(ValueInfoField.Name, name)
            .Message(ValueInfoField.Type, new ProtobufWriter().Message(TypeField.Tensor, tensorType));
    }

    /// <summary>AttributeProto.AttributeType.INT.</summary>
    private const long AttributeTypeInteger = 2;

    private enum OnnxElementType
    {
        Float = 1,
        Double = 11,
    }

    private static class ModelField
    {
        public const int IrVersion = 1;
        public const int ProducerName = 2;
        public const int Graph = 7;
        public const int OpsetImport = 8;
    }

    private static class OperatorSetField
    {
        public const int Version = 2;
    }

    private static class GraphField
    {
        public const int Node = 1;
        public const int Name = 2;
        public const int Input = 11;
        public const int Output = 12;
    }

    private static class NodeField
    {
        public const int Input = 1;
        public const int Output = 2;
        public const int OperatorType = 4;
        public const int Attribute = 5;
    }

    private static class AttributeField
    {
        public const int Name = 1;
        public const int Integer = 3;
        public const int Type = 20;
    }

    private static class ValueInfoField
    {
        public const int Name = 1;
        public const int Type = 2;
    }

    private static class TypeField
    {
        public const int Tensor = 1;
    }

    private static class TensorTypeField
    {
        public const int ElementType = 1;
        public const int Shape = 2;
    }

    private static class ShapeField
    {
        public const int Dimension = 1;
    }

    private static class DimensionField
    {
        public const int Parameter = 2;
    }
}
