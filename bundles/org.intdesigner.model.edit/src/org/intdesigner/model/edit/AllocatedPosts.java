package org.intdesigner.model.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.ViewerNotification;
import org.intdesigner.model.Allocation;
import org.intdesigner.model.IntdModel;
import org.intdesigner.model.IntdPackage;
import org.intdesigner.model.Post;
import org.intdesigner.model.Team;

/**
 * The posts allocated to each team of one model, for the views of one adapter factory: a team
 * shows them as its children ({@link AllocatedPostItemProvider}). An allocation belongs to its post,
 * so a team hears nothing when one is added, moved, resized or removed; this watches the whole
 * model and tells the views to refresh exactly the teams concerned, whatever made the change
 * (tree, diagram, Properties, undo).
 */
public final class AllocatedPosts extends EContentAdapter {

	private final AdapterFactory adapterFactory;
	private final IntdModel model;
	/** Team to its allocations in post order; rebuilt in one pass after a change. */
	private Map<Team, List<Allocation>> byTeam;
	private final Map<Allocation, AllocatedPostItemProvider> wrappers = new HashMap<>();

	private AllocatedPosts(AdapterFactory adapterFactory, IntdModel model) {
		this.adapterFactory = adapterFactory;
		this.model = model;
	}

	/** The posts allocated to {@code team}, as tree children. */
	public static List<AllocatedPostItemProvider> of(AdapterFactory factory, Team team) {
		AllocatedPosts posts = watcher(factory, team);
		return posts == null ? List.of() : posts.wrappersOf(team);
	}

	/** Whether any post is allocated to {@code team} (cheap: for the tree's expand arrows). */
	public static boolean any(AdapterFactory factory, Team team) {
		AllocatedPosts posts = watcher(factory, team);
		return posts != null && !posts.index().getOrDefault(team, List.of()).isEmpty();
	}

	/** The one wrapper of {@code allocation} under its team (e.g. to select it after creating it). */
	public static AllocatedPostItemProvider wrapperOf(AdapterFactory factory, Allocation allocation) {
		Team team = allocation.getTeam();
		if (team == null) {
			return null;
		}
		return of(factory, team).stream().filter(w -> w.getAllocation() == allocation).findFirst().orElse(null);
	}

	private static AllocatedPosts watcher(AdapterFactory factory, Team team) {
		AdapterFactory root = factory instanceof ComposeableAdapterFactory composeable
				&& composeable.getRootAdapterFactory() != null ? composeable.getRootAdapterFactory() : factory;
		if (!(EcoreUtil.getRootContainer(team) instanceof IntdModel model)) {
			return null;
		}
		synchronized (model) {
			for (Object adapter : model.eAdapters()) {
				if (adapter instanceof AllocatedPosts existing && existing.adapterFactory == root) {
					return existing;
				}
			}
			AllocatedPosts created = new AllocatedPosts(root, model);
			model.eAdapters().add(created);
			return created;
		}
	}

	private Map<Team, List<Allocation>> index() {
		if (byTeam == null) {
			byTeam = new HashMap<>();
			Set<Allocation> all = new HashSet<>();
			for (Post post : model.getPosts()) {
				for (Allocation allocation : post.getAllocations()) {
					if (allocation.getTeam() != null) {
						byTeam.computeIfAbsent(allocation.getTeam(), t -> new ArrayList<>()).add(allocation);
						all.add(allocation);
					}
				}
			}
			// wrappers of allocations gone (or teamless) stop listening and are forgotten
			wrappers.entrySet().removeIf(entry -> {
				boolean gone = !all.contains(entry.getKey());
				if (gone) {
					entry.getValue().dispose();
				}
				return gone;
			});
		}
		return byTeam;
	}

	private List<AllocatedPostItemProvider> wrappersOf(Team team) {
		List<AllocatedPostItemProvider> result = new ArrayList<>();
		for (Allocation allocation : index().getOrDefault(team, List.of())) {
			AllocatedPostItemProvider wrapper = wrappers.get(allocation);
			// the same wrapper while the allocation stays on the team: the tree keeps its selection
			if (wrapper == null || wrapper.getTeam() != team) {
				if (wrapper != null) {
					wrapper.dispose();
				}
				wrapper = new AllocatedPostItemProvider(allocation, team, adapterFactory);
				wrappers.put(allocation, wrapper);
			}
			result.add(wrapper);
		}
		return result;
	}

	@Override
	public void notifyChanged(Notification notification) {
		super.notifyChanged(notification);
		if (notification.isTouch()) {
			return;
		}
		Set<Team> teams = new HashSet<>();
		Object notifier = notification.getNotifier();
		Object feature = notification.getFeature();
		if (notifier instanceof Allocation allocation) {
			if (feature == IntdPackage.Literals.ALLOCATION__TEAM) {
				add(teams, notification.getOldValue());
				add(teams, notification.getNewValue());
			} else if (feature == IntdPackage.Literals.ALLOCATION__FTE) {
				add(teams, allocation.getTeam());
			}
		} else if (notifier instanceof Post post) {
			if (feature == IntdPackage.Literals.POST__ALLOCATIONS) {
				addTeamsOf(teams, notification.getOldValue());
				addTeamsOf(teams, notification.getNewValue());
			} else if (feature == IntdPackage.Literals.ELEMENT__NAME || feature == IntdPackage.Literals.POST__HOLDER
					|| feature == IntdPackage.Literals.POST__VACANT) {
				addTeamsOf(teams, post);
			}
		} else if (notifier == model && feature == IntdPackage.Literals.INTD_MODEL__POSTS) {
			addTeamsOf(teams, notification.getOldValue());
			addTeamsOf(teams, notification.getNewValue());
		}
		if (teams.isEmpty()) {
			return;
		}
		byTeam = null;
		if (adapterFactory instanceof IChangeNotifier views) {
			for (Team team : teams) {
				views.fireNotifyChanged(new ViewerNotification(notification, team, true, true));
			}
		}
	}

	private static void add(Set<Team> teams, Object value) {
		if (value instanceof Team team) {
			teams.add(team);
		}
	}

	/** The teams of allocations, of posts, or of lists of either. */
	private static void addTeamsOf(Set<Team> teams, Object value) {
		if (value instanceof Allocation allocation) {
			add(teams, allocation.getTeam());
		} else if (value instanceof Post post) {
			post.getAllocations().forEach(a -> add(teams, a.getTeam()));
		} else if (value instanceof Iterable<?> values) {
			values.forEach(v -> addTeamsOf(teams, v));
		}
	}

	@Override
	public boolean isAdapterForType(Object type) {
		return type == AllocatedPosts.class;
	}

	/** Only the model's posts and their allocations matter: no need to watch the rest. */
	@Override
	protected void addAdapter(org.eclipse.emf.common.notify.Notifier notifier) {
		if (notifier == model || notifier instanceof Post || notifier instanceof Allocation) {
			super.addAdapter(notifier);
		}
	}
}
