#include "document/vocabulary.h"

const Vocabulary::Words<Place::Kind> &Vocabulary::placeKinds()
{
    static const Words<Place::Kind> words{
        {u"capital"_qs, Place::Kind::Capital},
        {u"city"_qs, Place::Kind::City},
        {u"town"_qs, Place::Kind::Town},
        {u"border-crossing"_qs, Place::Kind::BorderCrossing},
        {u"port"_qs, Place::Kind::Port},
        {u"site"_qs, Place::Kind::Site},
    };
    return words;
}

const Vocabulary::Words<MapLine::Kind> &Vocabulary::lineKinds()
{
    static const Words<MapLine::Kind> words{
        {u"route"_qs, MapLine::Kind::Route},
        {u"railway"_qs, MapLine::Kind::Railway},
        {u"road"_qs, MapLine::Kind::Road},
        {u"corridor"_qs, MapLine::Kind::Corridor},
        {u"river"_qs, MapLine::Kind::River},
        {u"pipeline"_qs, MapLine::Kind::Pipeline},
    };
    return words;
}

const Vocabulary::Words<Tension::Severity> &Vocabulary::severities()
{
    static const Words<Tension::Severity> words{
        {u"low"_qs, Tension::Severity::Low},
        {u"medium"_qs, Tension::Severity::Medium},
        {u"high"_qs, Tension::Severity::High},
    };
    return words;
}

const Vocabulary::Words<Tension::Status> &Vocabulary::tensionStatuses()
{
    static const Words<Tension::Status> words{
        {u"open"_qs, Tension::Status::Open},
        {u"easing"_qs, Tension::Status::Easing},
        {u"resolved"_qs, Tension::Status::Resolved},
    };
    return words;
}

const Vocabulary::Words<Outcome::Status> &Vocabulary::outcomeStatuses()
{
    static const Words<Outcome::Status> words{
        {u"expected"_qs, Outcome::Status::Expected},
        {u"signed"_qs, Outcome::Status::Signed},
        {u"achieved"_qs, Outcome::Status::Achieved},
        {u"not-reached"_qs, Outcome::Status::NotReached},
    };
    return words;
}

const Vocabulary::Words<TimelineEvent::Confidence> &Vocabulary::confidences()
{
    static const Words<TimelineEvent::Confidence> words{
        {u"verified"_qs, TimelineEvent::Confidence::Verified},
        {u"partly-verified"_qs, TimelineEvent::Confidence::PartlyVerified},
        {u"unverified"_qs, TimelineEvent::Confidence::Unverified},
    };
    return words;
}

QString Vocabulary::name(Place::Kind kind)
{
    switch (kind) {
    case Place::Kind::Capital: return tr("Capital");
    case Place::Kind::City: return tr("City");
    case Place::Kind::Town: return tr("Town");
    case Place::Kind::BorderCrossing: return tr("Border crossing");
    case Place::Kind::Port: return tr("Port");
    case Place::Kind::Site: return tr("Site");
    }
    return {};
}

QString Vocabulary::name(MapLine::Kind kind)
{
    switch (kind) {
    case MapLine::Kind::Route: return tr("Route");
    case MapLine::Kind::Railway: return tr("Railway");
    case MapLine::Kind::Road: return tr("Road");
    case MapLine::Kind::Corridor: return tr("Corridor");
    case MapLine::Kind::River: return tr("River");
    case MapLine::Kind::Pipeline: return tr("Pipeline");
    }
    return {};
}

QString Vocabulary::name(Tension::Severity severity)
{
    switch (severity) {
    case Tension::Severity::Low: return tr("Low");
    case Tension::Severity::Medium: return tr("Medium");
    case Tension::Severity::High: return tr("High");
    }
    return {};
}

QString Vocabulary::name(Tension::Status status)
{
    switch (status) {
    case Tension::Status::Open: return tr("Open");
    case Tension::Status::Easing: return tr("Easing");
    case Tension::Status::Resolved: return tr("Resolved");
    }
    return {};
}

QString Vocabulary::name(Outcome::Status status)
{
    switch (status) {
    case Outcome::Status::Expected: return tr("Expected");
    case Outcome::Status::Signed: return tr("Signed");
    case Outcome::Status::Achieved: return tr("Achieved");
    case Outcome::Status::NotReached: return tr("Not reached");
    }
    return {};
}

QString Vocabulary::name(TimelineEvent::Confidence confidence)
{
    switch (confidence) {
    case TimelineEvent::Confidence::Verified: return tr("Verified");
    case TimelineEvent::Confidence::PartlyVerified: return tr("Partly verified");
    case TimelineEvent::Confidence::Unverified: return tr("Not verified");
    case TimelineEvent::Confidence::Unstated: break;
    }
    return {};
}
